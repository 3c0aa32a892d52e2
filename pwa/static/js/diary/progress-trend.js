// Pain over time for the history chart: ratings placed on a calendar-day axis, weekly averages
// and the trend as plain facts. Pure: no DOM, no storage and no words (the page has those).

const DAY = 864e5;
// The trend compares the first week(s) with the last: each side needs this many ratings, or the
// chart says there are not enough yet rather than read a trend into one or two numbers.
export const PER_SIDE = 2;
// A change of less than this many points is "about the same".
export const SAME_BELOW = 1;
// The chart covers the latest half year of ratings: older ones would squeeze the recent weeks.
export const WINDOW_DAYS = 182;

// A local calendar day as a whole number, counting days as the calendar does, so a day of 23 or
// 25 hours (a DST change) is still one day.
export function dayNumber(date) {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY);
}

// Noon on local day number `n`: a Date safe to format as that day in any time zone offset.
export function dayDate(n) {
  const utc = new Date(n * DAY);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), 12);
}

// Where a moment sits on the axis: its day number plus the part of that local day gone by.
export function dayPosition(date) {
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  const next = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
  return dayNumber(date) + (date - start) / (next - start);
}

const mean = (values) => values.reduce((sum, v) => sum + v, 0) / values.length;

// Averages of the ratings week by week, weeks counted from `firstDay` (so the first week starts
// with the first rating); a week without ratings has no average, and the line skips it.
export function weeklyAverages(points, firstDay) {
  const weeks = new Map();
  for (const point of points) {
    const week = Math.floor((Math.floor(point.x) - firstDay) / 7);
    if (!weeks.has(week)) weeks.set(week, []);
    weeks.get(week).push(point);
  }
  return [...weeks.entries()].sort(([a], [b]) => a - b).map(([week, inWeek]) => ({
    week, count: inWeek.length, x: mean(inWeek.map((p) => p.x)), value: mean(inWeek.map((p) => p.value)),
  }));
}

// The first week(s) against the last: {kind: 'down' | 'up' | 'same', change (whole points), since
// (the first rating's Date), then, lately (averages, one decimal)} or {kind: 'few'} when either
// side has fewer than PER_SIDE ratings without the two sides sharing a week.
export function trendOf(points, weeks) {
  const side = (list) => {
    const taken = [];
    for (const week of list) {
      taken.push(week);
      if (taken.reduce((n, w) => n + w.count, 0) >= PER_SIDE) return taken;
    }
    return null;
  };
  const early = side(weeks);
  const recent = side([...weeks].reverse());
  if (!early || !recent || early.at(-1).week >= recent.at(-1).week) return { kind: 'few', count: points.length };
  const average = (list) => list.reduce((sum, w) => sum + w.value * w.count, 0) / list.reduce((n, w) => n + w.count, 0);
  const then = average(early);
  const lately = average(recent);
  const difference = Math.abs(lately - then);
  const round = (v) => Math.round(v * 10) / 10;
  return { kind: difference < SAME_BELOW ? 'same' : lately < then ? 'down' : 'up', change: Math.round(difference),
    since: points[0].date, then: round(then), lately: round(lately), count: points.length };
}

// The chart's data for these entries (any order), the latest WINDOW_DAYS of them: per series ('before', 'after') its ratings
// [{x, value, date}] and weekly averages; the days the axis spans; the trend of pain after a
// session when it has one, else of pain before; and the lowest and highest rating of each.
export function progress(entries) {
  const all = entries
    .filter((e) => e.painBefore !== null || e.painAfter !== null)
    .map((e) => ({ entry: e, date: new Date(e.date) }))
    .filter(({ date }) => !Number.isNaN(date.getTime()))
    .sort((a, b) => a.date - b.date);
  const since = all.length ? dayNumber(all.at(-1).date) - WINDOW_DAYS + 1 : 0;
  const rated = all.filter(({ date }) => dayNumber(date) >= since);
  if (rated.length === 0) return { count: 0, series: {}, trend: { kind: 'few', count: 0 } };
  const firstDay = dayNumber(rated[0].date);
  const series = {};
  for (const [name, key] of [['before', 'painBefore'], ['after', 'painAfter']]) {
    const points = rated.filter(({ entry }) => entry[key] !== null)
      .map(({ entry, date }) => ({ x: dayPosition(date), value: entry[key], date }));
    const weeks = weeklyAverages(points, firstDay);
    const values = points.map((p) => p.value);
    series[name] = { points, weeks, trend: trendOf(points, weeks),
      low: values.length ? Math.min(...values) : null, high: values.length ? Math.max(...values) : null };
  }
  const said = ['after', 'before'].find((name) => series[name].trend.kind !== 'few');
  return {
    count: rated.length,
    firstDay,
    lastDay: dayNumber(rated.at(-1).date),
    from: rated[0].date,
    to: rated.at(-1).date,
    series,
    trend: said ? { ...series[said].trend, series: said } : { kind: 'few', count: rated.length },
  };
}
