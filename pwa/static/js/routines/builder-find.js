import { fold } from '../engines/search-core.js';
import { jsonOnce } from '../shell/json-once.js';
import { muscleGroups } from '../timer/timer-data.js';

// The builder's "find a muscle": the muscles grouped as the library is, a filter box, and Add
// buttons. `builder` is the page's shared state (routine-builder-page.js); `add(slug)` adds a
// step.

// The muscles to pick from, grouped as the library is (timer-data.js muscleGroups); each is
// found by its name, its anatomical name or its group.
function listPicks({ part, data }) {
  const groupTemplate = part('group-template').content.firstElementChild;
  const pickTemplate = part('pick-template').content.firstElementChild;
  part('picks').replaceChildren(...muscleGroups(data).map(({ label, muscles }) => {
    const group = groupTemplate.cloneNode(true);
    group.querySelector('h3').textContent = label;
    const items = muscles.map(({ slug, muscle }) => {
      const pick = pickTemplate.cloneNode(true);
      pick.dataset.pick = fold(`${muscle.name} ${muscle.anatomical || ''} ${label}`);
      pick.querySelector('[data-add]').dataset.add = slug;
      pick.querySelector('[data-pick-name]').textContent = muscle.name;
      return pick;
    });
    group.querySelector('ul').append(...items);
    return group;
  }));
  return [...part('picks').querySelectorAll('[data-pick]')];
}

export function setUpFinder(builder, add) {
  const { root, part } = builder;
  const picks = listPicks(builder);
  part('builder-form').hidden = false;

  // Body parts and everyday words ("heel", "jaw", "shoulder blade", "traps") are the symptom
  // finder's: its index and engine (search-core.js, with its synonyms and typo correction) say
  // which muscles a query means. Loaded on the first keystroke; until then, and offline without
  // it, names alone are matched.
  let finder = null;
  let finderAsked = false;
  function loadFinder() {
    if (finderAsked) return;
    finderAsked = true;
    // search-core.js is a bundle of its own (data-module), so the page's first bytes stay few.
    Promise.all([import(root.dataset.module), jsonOnce(root.dataset.indexUrl), jsonOnce(root.dataset.knownUrl)])
      .then(([{ mergeIndex, prepare, search }, index, known]) => {
        finder = { prepared: prepare(mergeIndex(index, { sections: [] }, known)), search };
        filter();
      })
      .catch(() => {
        finderAsked = false;
      });
  }
  const finderSlugs = (query) => {
    if (!finder || !query.trim()) return new Set();
    try {
      return new Set(finder.search(finder.prepared, query).muscles.map((m) => m.slug));
    } catch {
      return new Set();
    }
  };

  function filter() {
    const words = fold(part('find').value).split(/\s+/).filter(Boolean);
    const named = (pick) => words.every((word) => pick.dataset.pick.includes(word));
    // Names first; only when no name matches does the finder's reading of the words decide, so a
    // typed name never brings in muscles it does not name.
    const meant = picks.some(named) ? new Set() : finderSlugs(part('find').value);
    let shown = 0;
    for (const pick of picks) {
      const match = named(pick) || meant.has(pick.querySelector('[data-add]').dataset.add);
      pick.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of root.querySelectorAll('[data-group]')) {
      group.hidden = !group.querySelector('[data-pick]:not([hidden])');
    }
    part('find-none').hidden = shown > 0;
    part('find-count').textContent = words.length ? `${shown} ${shown === 1 ? 'muscle matches' : 'muscles match'}.` : '';
  }

  part('find').addEventListener('input', () => {
    loadFinder();
    filter();
  });
  // Enter in the search box must not save the form: it adds the only match, or goes to the list.
  part('find').addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const visible = picks.filter((pick) => !pick.hidden);
    if (visible.length === 1) add(visible[0].querySelector('[data-add]').dataset.add);
    else visible[0]?.querySelector('button').focus();
  });

  root.addEventListener('click', (event) => {
    const button = event.target.closest('[data-add]');
    if (button) add(button.dataset.add);
  });

  filter();
}
