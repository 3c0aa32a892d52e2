import { dayDate } from './progress-trend.js';

// The pain chart: each rating where its day falls (days without sessions leave room), each week's
// average as a line, pain before and after told apart by shape and dash as well as colour. Drawn
// at the size it is shown, one unit a pixel, so its labels are the page's text size and grow with
// it; the page redraws it when its width or the text size changes.

const SVG = 'http://www.w3.org/2000/svg';
// Tick spacings in days, the first whose labels fit is used.
const STEPS = [1, 2, 3, 7, 14, 21, 28, 56, 91, 182, 364];
const MIN_DAYS = 7; // the axis shows at least a week, so one day's sessions are not a wide smear

function svg(name, attrs, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text) node.textContent = text;
  return node;
}

const round = (v) => Math.round(v * 10) / 10;

// An SVG of `prog` (progress-trend.js) `width` px wide, its labels `font` px, named `label`;
// `dayLabel(date)` says a tick's day and `textWidth(text)` measures a label.
export function drawChart(prog, { width, font, label, dayLabel, textWidth }) {
  const start = prog.firstDay;
  const end = Math.max(prog.lastDay + 1, start + MIN_DAYS);
  const days = end - start;
  const labels = Array.from({ length: Math.min(days, 400) }, (_, i) => dayLabel(dayDate(start + i)));
  const tickWidth = Math.max(...labels.map(textWidth)) + font * 0.8; // the widest day's label and a gap
  const [left, right, top, bottom] = [textWidth('10') + font * 0.8, font, font, font * 2.2];
  const height = Math.round(top + Math.max(font * 9, 140) + bottom);
  const plotWidth = width - left - right;
  const x = (day) => round(left + ((day - start) * plotWidth) / days);
  const y = (v) => round(top + ((10 - v) * (height - top - bottom)) / 10);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label, class: 'chart' });

  for (const v of [0, 5, 10]) {
    chart.append(svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), class: 'chart-grid' }));
    chart.append(svg('text', { x: round(left - font * 0.4), y: round(y(v) + font * 0.35), 'text-anchor': 'end', class: 'chart-label' }, String(v)));
  }
  const step = STEPS.find((s) => (s * plotWidth) / days >= tickWidth) || STEPS.at(-1);
  for (let day = start; day < end; day += step) {
    const mid = x(day + 0.5); // a day's label sits over the middle of that day, inside the drawing
    const text = labels[day - start] ?? dayLabel(dayDate(day));
    const half = textWidth(text) / 2 + font * 0.3;
    chart.append(svg('line', { x1: mid, x2: mid, y1: y(0), y2: round(y(0) + font * 0.3), class: 'chart-grid' }));
    chart.append(svg('text', { x: round(Math.min(Math.max(mid, half), width - half)), y: round(height - font * 0.6),
      'text-anchor': 'middle', class: 'chart-label' }, text));
  }

  const size = round(Math.min(font * 0.32, 6)); // markers stay small: at large text they would cover each other
  for (const name of ['before', 'after']) {
    const { points, weeks } = prog.series[name];
    const cls = `chart-${name}`;
    if (weeks.length > 1) {
      chart.append(svg('polyline', { points: weeks.map((w) => `${x(w.x)},${y(w.value)}`).join(' '), class: `chart-line ${cls}` }));
    }
    for (const p of points) {
      // Pain before: open circles; pain after: filled squares.
      chart.append(name === 'before'
        ? svg('circle', { cx: x(p.x), cy: y(p.value), r: size, class: `chart-mark ${cls}` })
        : svg('rect', { x: round(x(p.x) - size), y: round(y(p.value) - size), width: size * 2, height: size * 2, class: `chart-mark ${cls}` }));
    }
  }
  return chart;
}
