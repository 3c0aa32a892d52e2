// A warning's words (title, message) travel once, in /timer-data.json's `ask.warnings`
// (triage.served), not in the rules: the free-text engine (triage-core.js answer) gives each
// warning's id, level, label and link, and this puts its words back for the pages that warn as
// people type (the home page, the search page).

import { own, isRecord } from '../shell/lookup.js';
import { jsonOnce } from '../shell/json-once.js';

// Fetched once, from the output's data-words-url; null when they cannot be had (no signal
// before the app was saved).
export const loadWarningWords = (output) => jsonOnce(output.dataset.wordsUrl).catch(() => null);

// The engine's warnings with their words; one whose words cannot be had is titled with its
// level ("Call emergency services now") and keeps its link.
export async function worded(output, warnings) {
  const data = await loadWarningWords(output);
  const ask = isRecord(data) ? data.ask : null;
  return warnings.map((warning) => {
    const found = isRecord(ask) ? own(ask.warnings, warning.id) : undefined;
    const word = (key) => (isRecord(found) && typeof found[key] === 'string' ? found[key] : '');
    return { ...warning, title: word('title') || warning.label, message: word('message') };
  });
}
