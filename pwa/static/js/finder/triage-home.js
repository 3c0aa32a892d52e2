import { answer } from '../engines/triage-core.js';
import { forgetWarnings, renderWarnings } from './red-flags-view.js';
import { loadWarningWords, worded } from './warning-words.js';
import { withKnownWords } from '../shell/json-once.js';

// Red flags under the home page's search box, as the person types. The rules are fetched on
// first focus or input, not with the page, and come from the offline cache when there is
// no signal.

const input = document.querySelector('[data-triage-input]');
const output = document.querySelector('[data-red-flags-output]');
const callLead = document.querySelector('[data-call-lead]');
const loadRules = () => withKnownWords(output.dataset.rulesUrl, output.dataset.knownUrl);

async function update() {
  try {
    const rules = await loadRules();
    const triage = input.value.trim() ? answer(rules, input.value) : null;
    // After an emergency the call comes first (the engine's hold_results).
    const calling = Boolean(triage?.hold_results);
    const newly = calling && callLead?.hidden;
    if (callLead) callLead.hidden = !calling;
    if (triage) renderWarnings(output, await worded(output, triage.warnings));
    else forgetWarnings(output);
    if (callLead) keepTheCallInReach(calling, newly);
  } catch {
    // No rules, no live warnings: the search page still shows them from the server.
  }
}

// On a small screen with large text the heading and the field fill the first screen and the
// call button lands under the tab bar. While the call leads, the field's scroll margin reaches
// down to the first call button, so whatever scrolls the field into view (a note arriving, the
// keyboard opening) brings the call too; when the call first appears, the page moves that way
// once, the words typed still in sight. It does not jump again as the person goes on typing.
function keepTheCallInReach(calling, newly) {
  const call = callLead.querySelector('a');
  if (!calling || !call) {
    input.style.removeProperty('scroll-margin-bottom');
    return;
  }
  const below = call.getBoundingClientRect().bottom - input.getBoundingClientRect().bottom;
  input.style.scrollMarginBottom = `${Math.max(0, Math.ceil(below))}px`;
  const bar = document.querySelector('.tab-bar');
  const floor = bar ? bar.getBoundingClientRect().top : innerHeight;
  if (newly && call.getBoundingClientRect().bottom > floor) input.scrollIntoView({ block: 'nearest' });
}

if (input && output) {
  let timer = 0;
  input.addEventListener('focus', () => Promise.all([loadRules(), loadWarningWords(output)]).catch(() => {}),
    { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  if (input.value) update(); // text kept by the browser on going back
}

// The home page's shortcuts (home/home-keep.js) come after its first paint, from their own
// bundle, so they cost the first screen nothing.
const keep = document.querySelector('[data-keep][data-module]');
if (keep) {
  const load = () => import(keep.dataset.module).catch(() => {});
  if (document.readyState === 'complete') load();
  else addEventListener('load', load, { once: true });
}
