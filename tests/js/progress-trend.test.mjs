// Before any Date is made: a zone with a DST change (the UK's clocks go back on 25 October 2026).
process.env.TZ = 'Europe/London';

const { test } = await import('node:test');
const assert = (await import('node:assert/strict')).default;
const close = (actual, expected) => assert.ok(Math.abs(actual - expected) < 1e-6, `${actual} is not ${expected}`);
const { progress, dayNumber, dayDate, dayPosition, weeklyAverages } =
  await import('../../pwa/static/js/diary/progress-trend.js');

let n = 0;
const rated = (date, painBefore, painAfter) => {
  n += 1;
  return { id: `e${n}`, date, kind: 'routine', slug: 'jaw', title: 'Jaw and face', seconds: 300, points: 6,
    painBefore, painAfter, note: '' };
};
// Pain after falling from 6 to 4 over four weeks, two ratings a week.
const fourWeeks = [
  rated('2026-11-03T08:00:00.000Z', 7, 6), rated('2026-11-05T08:00:00.000Z', 7, 6),
  rated('2026-11-11T08:00:00.000Z', 6, 5), rated('2026-11-12T08:00:00.000Z', 6, 5),
  rated('2026-11-24T08:00:00.000Z', 5, 4), rated('2026-11-26T08:00:00.000Z', 6, 4),
];

test('pain after falling by two points over four weeks is "down 2 since the first rating"', () => {
  const p = progress(fourWeeks);
  assert.equal(p.count, 6);
  assert.deepEqual({ ...p.trend, since: p.trend.since.toISOString() },
    { kind: 'down', change: 2, since: '2026-11-03T08:00:00.000Z', then: 6, lately: 4, count: 6, series: 'after' });
  assert.deepEqual([p.series.after.low, p.series.after.high], [4, 6]);
});

test('a rise and a change under a point are said as such', () => {
  const up = progress(fourWeeks.map((e) => ({ ...e, painAfter: 10 - e.painAfter })));
  assert.equal(up.trend.kind, 'up');
  assert.equal(up.trend.change, 2);
  const flat = progress(fourWeeks.map((e, i) => ({ ...e, painAfter: i < 5 ? 5 : 4 })));
  assert.equal(flat.trend.kind, 'same', 'from 5 to 4.5 is under a point');
});

test('no trend from one rating, from ratings all on one day, or from one week', () => {
  assert.deepEqual(progress([fourWeeks[0]]).trend, { kind: 'few', count: 1 });
  const oneDay = ['08', '12', '18', '21'].map((h, i) => rated(`2026-11-03T${h}:00:00.000Z`, 8, 8 - i));
  const p = progress(oneDay);
  assert.equal(p.trend.kind, 'few');
  assert.equal(p.firstDay, p.lastDay);
  assert.equal(p.series.after.weeks.length, 1);
  assert.equal(progress(fourWeeks.slice(0, 2)).trend.kind, 'few', 'two ratings in one week');
});

test('no trend when only one rating stands on a side', () => {
  // Three ratings over three weeks: the first and last weeks hold one each, and two sides of two
  // would share the middle week.
  const sparse = [fourWeeks[0], fourWeeks[2], fourWeeks[4]];
  assert.equal(progress(sparse).trend.kind, 'few');
});

test('an empty list (a filter that matches nothing) has no points and no trend', () => {
  const p = progress([]);
  assert.equal(p.count, 0);
  assert.deepEqual(p.trend, { kind: 'few', count: 0 });
  assert.equal(progress([rated('2026-11-03T08:00:00.000Z', null, null)]).count, 0, 'unrated sessions are not drawn');
});

test('weeks without ratings leave gaps: the axis keeps the days between', () => {
  const gap = [fourWeeks[0], fourWeeks[1], fourWeeks[4], fourWeeks[5]];
  const p = progress(gap);
  assert.equal(p.lastDay - p.firstDay, 23);
  assert.deepEqual(p.series.after.weeks.map((w) => [w.week, w.count, w.value]), [[0, 2, 6], [3, 2, 4]]);
  assert.equal(p.trend.kind, 'down');
  // Points sit by date, not by their order: 3 Nov 09:00 local is 0.375 of a day in.
  close(p.series.after.points[0].x - p.firstDay, 8 / 24);
  close(p.series.after.points[2].x - p.firstDay, 21 + 8 / 24);
});

test('a DST change keeps days whole: late evenings stay on their own day', () => {
  // 23:30 on 24 October is BST (22:30Z); 23:30 on 25 October is GMT (23:30Z).
  const a = new Date('2026-10-24T22:30:00.000Z');
  const b = new Date('2026-10-25T23:30:00.000Z');
  assert.equal(dayNumber(b) - dayNumber(a), 1);
  assert.equal(b.getDate(), 25);
  // The 25-hour day: 23:30 comes 24.5 of its 25 hours after midnight.
  close(dayPosition(b) - dayNumber(b), 24.5 / 25);
  assert.equal(dayDate(dayNumber(b)).getDate(), 25);
  // Seven calendar days after 20 October (across the change) is the next week, not this one.
  const weeks = weeklyAverages([
    { x: dayPosition(new Date('2026-10-20T22:30:00.000Z')), value: 4 },
    { x: dayPosition(new Date('2026-10-27T23:30:00.000Z')), value: 2 },
  ], dayNumber(new Date('2026-10-20T22:30:00.000Z')));
  assert.deepEqual(weeks.map((w) => w.week), [0, 1]);
});

test('when pain after has no trend, pain before speaks', () => {
  const beforeOnly = fourWeeks.map((e) => ({ ...e, painAfter: null }));
  const p = progress(beforeOnly);
  assert.equal(p.trend.series, 'before');
  assert.equal(p.trend.kind, 'down');
  assert.equal(p.series.after.low, null);
});

test('ratings older than half a year before the latest are left out', () => {
  const old = rated('2026-04-01T08:00:00.000Z', 9, 9);
  const p = progress([old, ...fourWeeks]);
  assert.equal(p.count, 6);
  assert.equal(p.trend.since.toISOString(), '2026-11-03T08:00:00.000Z');
  // The latest rating is on 26 November: 181 days before (29 May) is in, the day before is out.
  assert.equal(progress([rated('2026-05-29T08:00:00.000Z', 9, 9), ...fourWeeks]).count, 7);
  assert.equal(progress([rated('2026-05-28T08:00:00.000Z', 9, 9), ...fourWeeks]).count, 6);
});
