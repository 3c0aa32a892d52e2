// A red-flag checklist's answer (templates/_red_flags.html red_flag_checklist): "None of these"
// is kept in this browser for each area it stands for, for a day, and never sent anywhere.
// Within the day the checklist folds to one line with a way to change the answer. A stored value
// that is missing, damaged or from the future counts as no answer; blocked storage only means
// the answer is not remembered. The region and routine pages (red-flag-ask.js) and the timer
// (timer/timer-ask-view.js) share this store.

import { readJSON, writeJSON } from '../shell/storage.js';

const KEY = 'tpg.red-flag-answers.v1';
const DAY_MS = 24 * 60 * 60 * 1000;

function answers() {
  const stored = readJSON(KEY, {});
  return stored && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
}

const fresh = (at, now) => Number.isFinite(at) && at <= now && now - at < DAY_MS;

// True when "None of these" was said today for every one of `areas` (at least one).
export function answeredToday(areas, now = Date.now()) {
  const stored = answers();
  return areas.length > 0 && areas.every((area) => Object.hasOwn(stored, area) && fresh(stored[area], now));
}

// at: the time of the answer, or null to forget it.
function remember(areas, at) {
  const now = Date.now();
  const kept = {};
  for (const [key, value] of Object.entries(answers())) if (fresh(value, now)) kept[key] = value;
  for (const area of areas) {
    if (at === null) delete kept[area];
    else kept[area] = at;
  }
  writeJSON(KEY, kept);
}

function fold(section, folded) {
  const done = section.querySelector('[data-ask-done]');
  const list = section.querySelector('[data-ask-list]');
  if (!done || !list) return;
  done.hidden = !folded;
  list.hidden = folded;
}

// A checklist folded or open as its answer now stands (it may have been given on another page).
export function showAnswer(section, areas) {
  fold(section, answeredToday(areas));
}

// Wire one checklist: its "None of these" stands for `areas`.
export function setUpChecklist(section, areas) {
  const done = section.querySelector('[data-ask-done]');
  const list = section.querySelector('[data-ask-list]');
  const none = section.querySelector('[data-ask-none]');
  if (!areas.length || !done || !list || !none) return;
  none.removeAttribute('data-pending');
  showAnswer(section, areas);
  none.addEventListener('click', () => {
    remember(areas, Date.now());
    fold(section, true);
    done.querySelector('[data-ask-change]')?.focus();
  });
  section.querySelector('[data-ask-change]')?.addEventListener('click', () => {
    remember(areas, null);
    fold(section, false);
    section.querySelector('summary')?.focus();
  });
}
