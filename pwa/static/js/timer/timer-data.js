import { jsonOnce } from '../shell/json-once.js';
import { own, isRecord } from '../shell/lookup.js';
import { useTimerRules } from '../engines/timer-core.js';

// The timer's data (/timer-data.json: muscles, caution titles, built-in routines), shared by the
// timer, the routine builder and a link's preview. It is a file of its own, precached, so no
// page carries it inline; a page asks for it once, and the head preloads it beside the scripts.

export const DATA_MISSING = 'The list of muscles could not load. Check your connection and reload the page: once the app is installed, it works offline.';

// {ok: true, data} or {ok: false}: a failed fetch is a note on the page, never an exception.
// The file's dose limits and stroke time become timer-core.js's (its fallback if they are
// missing or damaged).
export async function loadTimerData(root) {
  try {
    const data = await jsonOnce(root.dataset.dataUrl);
    if (isRecord(data) && isRecord(data.muscles) && isRecord(data.cautions) && isRecord(data.routines)) {
      useTimerRules(data.rules);
      return { ok: true, data };
    }
  } catch {
    // offline before the app was saved, or the server is away: said below
  }
  return { ok: false };
}

// The timer shows cautions by their titles; the file lists each muscle's caution keys. A copy,
// so other callers of the same file still see keys.
export function withCautionTitles(data) {
  const titleOf = (key) => own(data.cautions, key);
  const muscles = {};
  for (const [slug, muscle] of Object.entries(data.muscles)) {
    if (!isRecord(muscle)) continue;
    const keys = Array.isArray(muscle.cautions) ? muscle.cautions : [];
    muscles[slug] = { ...muscle, cautions: keys.map(titleOf).filter((title) => typeof title === 'string') };
  }
  return { ...data, muscles };
}

// The muscles grouped as the library is, from the data's [[label, [slug]]]: [{label, muscles:
// [{slug, muscle}]}], a slug with no muscle left out. The timer's list and the builder's picker.
export function muscleGroups(data) {
  const groups = Array.isArray(data.groups) ? data.groups : [];
  return groups.filter(Array.isArray).map(([label, slugs]) => ({
    label: String(label),
    muscles: (Array.isArray(slugs) ? slugs : [])
      .map((slug) => ({ slug, muscle: own(data.muscles, slug) }))
      .filter(({ muscle }) => isRecord(muscle)),
  }));
}

// The page's note list says the data is missing; the page then stays as the server drew it.
export function showDataMissing(list) {
  if (!list) return;
  list.append(Object.assign(document.createElement('li'), { textContent: DATA_MISSING }));
  list.hidden = false;
}
