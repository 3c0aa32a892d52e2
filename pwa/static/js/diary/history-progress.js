import { jsonOnce } from '../shell/json-once.js';
import { own, isRecord } from '../shell/lookup.js';
import { progress } from './progress-trend.js';
import { drawChart } from './history-chart.js';

// "Pain over time": the chart, the sentence on the trend above it and the choice of what it shows
// (all sessions, one routine or muscle, or one body area). The words are the template's
// (data-chart-words); body areas come from /timer-data.json (precached), fetched after the page
// shows: without it, the choice offers routines and muscles only. A bundle of its own
// (`js_history_chart`), imported after the list is drawn.

const locale = document.documentElement.lang || undefined; // the app's language, as the list's dates

const fill = (template, values) => String(template || '').replace(/\{(\w+)\}/g, (all, key) => values[key] ?? all);

function readWords(json) {
  try {
    const words = JSON.parse(json);
    return isRecord(words) ? words : {};
  } catch {
    return {};
  }
}

// Each muscle's body area and each built-in routine's areas, from the timer's data.
function areasFrom(data) {
  const muscles = {};
  for (const group of Array.isArray(data?.groups) ? data.groups : []) {
    if (!Array.isArray(group) || !Array.isArray(group[1])) continue;
    for (const slug of group[1]) if (typeof slug === 'string') muscles[slug] = String(group[0]);
  }
  const routines = {};
  for (const [slug, routine] of Object.entries(isRecord(data?.routines) ? data.routines : {})) {
    const steps = Array.isArray(routine?.steps) ? routine.steps : [];
    routines[slug] = [...new Set(steps.map((s) => own(muscles, s?.muscle)).filter(Boolean))];
  }
  return { muscles, routines };
}

export function progressSection(section) {
  const words = readWords(section.dataset.chartWords);
  const filter = section.querySelector('[data-chart-filter]');
  const trendLine = section.querySelector('[data-chart-trend]');
  const holder = section.querySelector('[data-chart]');
  const figure = holder.closest('figure');
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' });
  const dateYear = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const dateSaid = (d) => (d.getFullYear() === new Date().getFullYear() ? date : dateYear).format(d);
  const count = (n, [one, many] = []) => `${number.format(n)} ${n === 1 ? one : many}`;
  const measure = document.createElement('canvas').getContext('2d');
  let rated = [];
  let areas = { muscles: {}, routines: {} };
  let drawn = '';
  let version = 0;

  const areasOf = (entry) => {
    if (entry.kind === 'muscle') return [own(areas.muscles, entry.slug)].filter(Boolean);
    return entry.kind === 'routine' ? own(areas.routines, entry.slug) || [] : [];
  };
  const matches = (entry, value) => !value || (value.startsWith('t:') ? entry.title === value.slice(2)
    : areasOf(entry).includes(value.slice(2)));

  // The choices, radios whose names wrap: all sessions, every routine or muscle with a rating,
  // then every body area with one.
  const choices = () => [...filter.querySelectorAll('input')];
  const chosen = () => choices().find((input) => input.checked) || choices()[0];
  const choice = (name, value) => {
    const label = document.createElement('label');
    label.append(Object.assign(document.createElement('input'), { type: 'radio', name: 'chart-filter', value }),
      ` ${name}`);
    return label;
  };
  function fillChoices() {
    const was = chosen().value;
    const group = (legend, names, prefix) => {
      const node = document.createElement('fieldset');
      node.className = 'segmented';
      node.append(Object.assign(document.createElement('legend'), { textContent: legend }),
        ...[...new Set(names)].sort().map((name) => choice(name, prefix + name)));
      return node;
    };
    for (const old of filter.querySelectorAll('fieldset')) old.remove();
    filter.append(...[group(words.byTitle, rated.map((e) => e.title), 't:'),
      group(words.byArea, rated.flatMap(areasOf), 'a:')].filter((g) => g.querySelector('label')));
    (choices().find((input) => input.value === was) || choices()[0]).checked = true;
  }

  function sentence(prog) {
    const { trend } = prog;
    if (prog.count === 0) return words.none;
    if (trend.kind === 'few') return words.few;
    return fill(words[trend.kind], { series: own(words.series, trend.series), change: count(trend.change, words.points),
      date: dateSaid(trend.since), then: number.format(trend.then), lately: number.format(trend.lately) });
  }

  function rangeSaid(prog) {
    const spread = ({ low, high }) => (low === null ? words.unrated : fill(words.spread, { low, high }));
    return fill(words.range, { sessions: count(prog.count, words.sessions), from: dateSaid(prog.from),
      to: dateSaid(prog.to), before: spread(prog.series.before), after: spread(prog.series.after) });
  }

  // Draw for the choice, the width and the text size now, unless nothing changed.
  function draw() {
    const width = Math.floor(holder.clientWidth);
    const font = parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.85;
    const value = chosen().value;
    const key = `${version}|${value}|${width}|${font}`;
    if (section.hidden || width === 0 || key === drawn) return;
    drawn = key;
    const prog = progress(rated.filter((e) => matches(e, value)));
    const said = sentence(prog);
    trendLine.textContent = said;
    figure.hidden = prog.count === 0;
    if (prog.count === 0) {
      holder.replaceChildren();
      return;
    }
    const only = value ? fill(words.only, { name: chosen().parentNode.textContent.trim() }) : '';
    const label = [only, said, rangeSaid(prog)].filter(Boolean).join(' ');
    measure.font = `${font}px ${getComputedStyle(holder).fontFamily}`;
    holder.replaceChildren(drawChart(prog, { width, font, label, dayLabel: (d) => day.format(d),
      textWidth: (text) => measure.measureText(text).width }));
  }

  filter.addEventListener('change', draw);
  new ResizeObserver(draw).observe(section);
  jsonOnce(section.dataset.dataUrl).then((data) => {
    areas = areasFrom(data);
    fillChoices();
  }).catch(() => {}); // offline before the app was saved: routines and muscles only

  // Show these entries (all the history): the section needs two rated sessions.
  return function show(entries) {
    rated = entries.filter((e) => e.painBefore !== null || e.painAfter !== null);
    section.hidden = rated.length < 2;
    fillChoices();
    version += 1;
    draw();
  };
}
