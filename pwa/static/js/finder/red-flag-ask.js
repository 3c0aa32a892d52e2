// The red-flag checklist (templates/_red_flags.html red_flag_checklist): a "None of these"
// answer is kept in this browser for that area for a day, and never sent anywhere. Within the
// day the checklist folds to one line with a way to change the answer. A stored value that is
// missing, damaged or from the future counts as no answer; blocked storage only means the
// answer is not remembered.

import { readJSON, writeJSON } from '../shell/storage.js';

const KEY = 'tpg.red-flag-answers.v1';
const DAY_MS = 24 * 60 * 60 * 1000;

function answers() {
  const stored = readJSON(KEY, {});
  return stored && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
}

export function answeredToday(area, now = Date.now()) {
  const at = answers()[area];
  return Number.isFinite(at) && at <= now && now - at < DAY_MS;
}

function remember(area, at) {
  const kept = {};
  for (const [key, value] of Object.entries(answers())) {
    if (Number.isFinite(value) && Date.now() - value < DAY_MS) kept[key] = value;
  }
  if (at === null) delete kept[area];
  else kept[area] = at;
  writeJSON(KEY, kept);
}

function setUp(section) {
  const area = section.dataset.ask;
  const done = section.querySelector('[data-ask-done]');
  const list = section.querySelector('[data-ask-list]');
  const none = section.querySelector('[data-ask-none]');
  if (!area || !done || !list || !none) return;
  const fold = (folded) => {
    done.hidden = !folded;
    list.hidden = folded;
  };
  none.hidden = false;
  fold(answeredToday(area));
  none.addEventListener('click', () => {
    remember(area, Date.now());
    fold(true);
    done.querySelector('[data-ask-change]')?.focus();
  });
  section.querySelector('[data-ask-change]')?.addEventListener('click', () => {
    remember(area, null);
    fold(false);
    section.querySelector('summary')?.focus();
  });
}

for (const section of document.querySelectorAll('[data-ask]')) setUp(section);
