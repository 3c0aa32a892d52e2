import { own, isRecord } from '../shell/lookup.js';
import { buildWarning } from './red-flags-view.js';

// Red-flag checklists drawn in the browser from /timer-data.json's `ask` (views/red_flags.py
// for_timer): a row of it, a region page's checklist (the search asks it in full when what was
// typed makes it worth asking), and the section drawn from a page's <template data-ask-template>
// (templates/_red_flags.html red_flag_checklist_template). The timer (timer-ask.js,
// timer-ask-view.js) and the search (search-page.js) share them.

// Row `number` with its warnings, or null when the data is damaged.
export function rowOf(ask, number) {
  const row = Array.isArray(ask.rows) ? ask.rows[number] : undefined;
  if (!isRecord(row) || !Array.isArray(row.flags)) return null;
  const warnings = row.flags.map((id) => {
    const warning = own(ask.warnings, id);
    return isRecord(warning) ? { ...warning, id } : null;
  });
  return warnings.every(Boolean) ? { ...row, warnings } : null;
}

// The checklist of a region's page, as {areas, rows} (its answer stands for the page's id, as on
// the page), or null for none.
export function regionChecklist(area, data) {
  const ask = isRecord(data) ? data.ask : null;
  const numbers = isRecord(ask) && isRecord(ask.regions) ? own(ask.regions, area) : undefined;
  if (!Array.isArray(numbers) || !numbers.length) return null;
  const rows = numbers.map((number) => rowOf(ask, number));
  return rows.every(Boolean) ? { areas: [area], rows } : null;
}

function rowNode(model, callouts, row) {
  const item = model.cloneNode(true);
  const details = item.firstElementChild;
  details.dataset.level = row.level;
  details.dataset.flag = row.id;
  details.querySelector('summary').textContent = row.question;
  const warning = details.querySelector('.red-flag');
  warning.replaceWith(...row.warnings.map((w) => buildWarning(warning, callouts, w)));
  if (row.level !== 'emergency') details.querySelector('[data-call-now]')?.remove();
  return item;
}

// The checklist's section for {areas, rows}, from the template (not yet in the page). Its heading
// id names the areas, as the server's does.
export function buildChecklist(template, checklist) {
  const section = template.content.firstElementChild.cloneNode(true);
  const list = section.querySelector('.ask-list');
  const model = list.firstElementChild;
  const callouts = JSON.parse(template.dataset.callouts);
  list.replaceChildren(...checklist.rows.map((row) => rowNode(model, callouts, row)));
  section.dataset.ask = checklist.areas.join(' ');
  const id = `ask-heading-${checklist.areas.join('-')}`;
  section.querySelector('h2')?.setAttribute('id', id);
  section.setAttribute('aria-labelledby', id);
  return section;
}
