import { KEYS, readJSON } from '../shell/storage.js';
import { isRecord, own } from '../shell/lookup.js';
import { jsonOnce } from '../shell/json-once.js';
import { loadEntries } from '../diary/diary-store.js';
import { loadRoutines } from '../routines/routine-model.js';
import { readRecentMuscles, readStarred } from './keep-store.js';
import { pickContinue } from './continue-pick.js';

// The home page's shortcuts, drawn after its first paint (this module is imported then, see
// triage-home.js): "Continue", the starred muscles and routines, the muscles viewed last.
// Names come from the timer's data file (precached), so a slug from storage that names
// nothing is left out; a section with nothing in it stays hidden. Words are the template's.

function links(items) {
  return items.map(({ href, name }) => {
    const item = document.createElement('li');
    item.append(Object.assign(document.createElement('a'), { href, textContent: name }));
    return item;
  });
}

function fill(part, items) {
  part.querySelector('ul').replaceChildren(...links(items));
  part.hidden = items.length === 0;
  return items.length > 0;
}

async function show(root) {
  const part = (name) => root.querySelector(`[data-keep-${name}]`);
  const starred = readStarred();
  const recent = readRecentMuscles();
  const running = readJSON(KEYS.running, null);
  const entries = loadEntries();
  if (!starred.muscles.length && !starred.routines.length && !recent.length
      && running === null && !entries.length) return;
  const data = await jsonOnce(root.dataset.dataUrl);
  if (!isRecord(data) || !isRecord(data.muscles) || !isRecord(data.routines)) return;
  const muscle = (slug) => {
    const name = own(own(data.muscles, slug), 'name');
    return typeof name === 'string' ? { href: root.dataset.musclesUrl + slug, name } : null;
  };
  const routine = (slug) => {
    const name = own(own(data.routines, slug), 'title');
    return typeof name === 'string' ? { href: root.dataset.routinesUrl + slug, name } : null;
  };
  const picked = pickContinue({ running, entries, ownRoutines: loadRoutines(), data });
  const link = part('continue');
  if (picked) {
    link.href = root.dataset.timerUrl + picked.query;
    link.querySelector('[data-keep-title]').textContent = picked.title || link.dataset.untitled;
    link.parentElement.hidden = false;
  }
  const shown = [
    fill(part('starred'), [...starred.routines.map(routine), ...starred.muscles.map(muscle)].filter(Boolean)),
    fill(part('recent'), recent.map(muscle).filter(Boolean)),
  ];
  root.hidden = !picked && !shown.some(Boolean);
}

const root = document.querySelector('[data-keep]');
if (root) show(root).catch(() => {}); // no data offline before install: nothing to show
