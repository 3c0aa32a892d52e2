import { prepare, search } from './search-core.js';

// Results as you type, and results at all when the page comes from the offline cache
// (the cached /search page has none: the query is only in the address).

const form = document.querySelector('[data-search-form]');
const input = document.querySelector('[data-search-input]');
const output = document.querySelector('[data-results]');
let indexPromise = null;
let rendered = output ? output.dataset.renderedQuery : '';

function loadIndex() {
  indexPromise ||= fetch(output.dataset.indexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`index ${response.status}`);
      return response.json();
    })
    .then(prepare)
    .catch((error) => {
      indexPromise = null;
      throw error;
    });
  return indexPromise;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function linkItem(href, title, note) {
  const link = el('a', { href }, el('span', { class: 'link-title' }, title));
  if (note) link.append(el('span', { class: 'link-note' }, note));
  return el('li', {}, link);
}

function render(results) {
  const parts = [];
  results.emergencies.forEach((e, i) => {
    parts.push(el('section', { class: 'callout callout-danger', role: 'alert', 'aria-labelledby': `emergency-${i + 1}` },
      el('h2', { id: `emergency-${i + 1}` }, e.title),
      el('p', {}, e.advice),
      el('p', {}, el('a', { href: '/guide/safety' }, 'Safety: when not to self-treat'))));
  });
  if (results.muscles.length) {
    const list = el('ol', { class: 'cards' });
    for (const m of results.muscles) {
      list.append(el('li', { class: 'card' },
        el('a', { class: 'card-link', href: m.url }, el('span', { class: 'card-title' }, m.name)),
        el('p', { class: 'why' }, `${capitalise(m.why.join('; '))}.`)));
    }
    parts.push(el('section', { 'aria-labelledby': 'muscle-results' },
      el('h2', { id: 'muscle-results' }, 'Muscles worth checking'),
      el('p', { class: 'meta' }, 'Most likely first. These are muscles often tried for this kind of pain, not a diagnosis.'),
      list));
  }
  if (results.regions.length) {
    const p = el('p', { class: 'region-links' }, 'On the body map: ');
    results.regions.forEach((r, i) => p.append(el('a', { href: r.url }, r.label), i < results.regions.length - 1 ? ', ' : ''));
    parts.push(p);
  }
  if (results.sections.length) {
    const list = el('ul', { class: 'link-list' });
    for (const s of results.sections) list.append(linkItem(s.url, s.title, s.chapter));
    parts.push(el('section', { 'aria-labelledby': 'guide-results' },
      el('h2', { id: 'guide-results' }, 'In the guide'), list));
  }
  if (!results.muscles.length && !results.sections.length && !results.emergencies.length) {
    parts.push(el('section', { class: 'empty', 'aria-labelledby': 'no-results' },
      el('h2', { id: 'no-results' }, 'Nothing matched that'),
      el('p', {}, 'Try naming the place that hurts ("neck", "heel", "outer elbow") or how it feels ("tingling", "stiff", "headache"). Or tap the spot on the ',
        el('a', { href: '/map' }, 'body map'), '.')));
  }
  output.replaceChildren(...parts);
}

async function update(query, { pushUrl }) {
  const trimmed = query.split(/\s+/).filter(Boolean).join(' ');
  const examples = document.querySelector('[data-examples]');
  if (examples) examples.hidden = trimmed !== ''; // results move up where thumbs can reach
  if (trimmed === rendered) return;
  rendered = trimmed;
  if (pushUrl) {
    const url = trimmed ? `?q=${encodeURIComponent(trimmed)}` : location.pathname;
    history.replaceState(null, '', url);
  }
  if (!trimmed) {
    output.replaceChildren();
    return;
  }
  try {
    const index = await loadIndex();
    if (trimmed === rendered) render(search(index, trimmed));
  } catch {
    // Without the index the form still submits to the server, which answers when online.
  }
}

if (form && input && output) {
  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(input.value, { pushUrl: true }), 120);
  });
  input.addEventListener('focus', () => loadIndex().catch(() => {}), { once: true });
  const fromUrl = new URLSearchParams(location.search).get('q') || '';
  if (fromUrl && !input.value) input.value = fromUrl;
  update(fromUrl, { pushUrl: false });
}
