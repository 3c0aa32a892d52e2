import { buildWarning } from '../finder/red-flags-view.js';
import { setUpChecklist } from '../finder/red-flag-answers.js';

// The timer's red-flag checklist, drawn from the page's <template data-ask-template> (the
// server's red_flag_checklist with one model row) and the rows timer-ask.js chose: each row a
// question that opens to its warnings (an emergency's after the call button), then "None of
// these", whose answer red-flag-answers.js keeps. Shown above the stage while the timer is
// ready; gone while a session runs.

export function createAskView(root) {
  const template = root.querySelector('[data-ask-template]');
  let shown = null;

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

  return {
    // checklist: timer-ask.js's {areas, rows}, or null for none.
    show(checklist) {
      shown?.remove();
      shown = null;
      if (!template || !checklist) return;
      const section = template.content.firstElementChild.cloneNode(true);
      const list = section.querySelector('.ask-list');
      const model = list.firstElementChild;
      const callouts = JSON.parse(template.dataset.callouts);
      list.replaceChildren(...checklist.rows.map((row) => rowNode(model, callouts, row)));
      section.dataset.ask = checklist.areas.join(' ');
      template.after(section);
      setUpChecklist(section, checklist.areas);
      shown = section;
    },

    hide() {
      if (shown) shown.hidden = true;
    },
  };
}
