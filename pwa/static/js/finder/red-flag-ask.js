// The red-flag checklist of a body map region or a routine page, drawn by the server
// (templates/_red_flags.html red_flag_checklist): its answer stands for the area in `data-ask`
// and is kept by red-flag-answers.js.

import { setUpChecklist } from './red-flag-answers.js';

for (const section of document.querySelectorAll('[data-ask]')) {
  if (section.dataset.ask) setUpChecklist(section, [section.dataset.ask]);
}
