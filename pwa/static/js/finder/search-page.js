import { mergeIndex, prepare, search } from '../engines/search-core.js';
import { answer } from '../engines/triage-core.js';
import { forgetWarnings, renderWarnings } from './red-flags-view.js';
import { worded } from './warning-words.js';
import { liveCount } from './live-count.js';
import { answeredToday, setUpChecklist, showAnswer } from './red-flag-answers.js';
import { buildChecklist, regionChecklist } from './red-flag-checklist.js';
import { jsonOnce, withKnownWords } from '../shell/json-once.js';

// Results as you type, and results at all when the page comes from the offline cache
// (the cached /search page has none: the query is only in the address).

const form = document.querySelector('[data-search-form]');
const input = document.querySelector('[data-search-input]');
const output = document.querySelector('[data-results]');
const template = document.querySelector('[data-results-template]');
const warningsOutput = document.querySelector('[data-red-flags-output]');
const callLead = document.querySelector('[data-call-lead]');
const heldTemplate = document.querySelector('[data-held-template]');
const askTemplate = document.querySelector('[data-ask-template]');
const countStatus = document.querySelector('[data-results-count]');
const count = countStatus ? liveCount(countStatus) : { results() {}, clear() {} };
let indexPromise = null;
let rendered = output ? output.dataset.renderedQuery : '';

function loadIndex() {
  const { indexUrl, guideUrl, knownUrl } = output.dataset;
  indexPromise ||= Promise.all([jsonOnce(indexUrl), jsonOnce(guideUrl), jsonOnce(knownUrl)])
    .then(([rest, guide, known]) => prepare(mergeIndex(rest, guide, known)))
    .catch((error) => {
      indexPromise = null;
      throw error;
    });
  return indexPromise;
}

const loadRules = () => withKnownWords(warningsOutput.dataset.rulesUrl, warningsOutput.dataset.knownUrl);

// Two reasons that start alike are said once (views/search.py SHARED_LEADS).
const SHARED_LEADS = ['linked with ', 'can send pain '];

function sentence(parts) {
  const lead = SHARED_LEADS.find((l) => parts.length === 2 && parts.every((p) => p.startsWith(l)));
  const text = lead ? `${parts[0]} and ${parts[1].slice(lead.length)}` : parts.join('; ');
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : '';
}

// What each result shows, where it is not the result's own field (as _results.html has it).
const SHOWN = {
  muscles: (m) => ({ ...m, why: sentence(m.why) }),
  asks: (a) => ({ ...a, label: a.label.toLowerCase() }),
};

function fill(node, values) {
  const targets = [node, ...node.querySelectorAll('[data-fill], [data-href], [data-area]')];
  for (const target of targets) {
    if (target.dataset.fill) target.textContent = values[target.dataset.fill];
    if (target.dataset.href) target.setAttribute('href', values[target.dataset.href]);
    if ('area' in target.dataset) target.dataset.area = values.area;
  }
}

// The places asked about: when "None of these" was said today for every one (on their pages'
// checklists, red-flag-answers.js), the line says so instead of asking again.
function sayWhatWasAnswered(node) {
  for (const line of node.querySelectorAll('[data-part="asks"]')) {
    const areas = [...line.querySelectorAll('[data-area]')].map((link) => link.dataset.area);
    const said = answeredToday(areas);
    line.querySelector('[data-ask-lead]').hidden = said;
    line.querySelector('[data-ask-said]').hidden = !said;
  }
}

// Ask, don't only guess: when what was typed makes them worth asking (the engine's `ask`), the
// first place's questions are asked in the results, as its page asks them, from the timer's data
// (precached). Its "None of these" is the page's answer: the line above says so at once.
function wireChecklist(section) {
  setUpChecklist(section, [section.dataset.ask]);
  section.querySelector('[data-ask-none]')?.addEventListener('click', () => sayWhatWasAnswered(output));
  section.querySelector('[data-ask-change]')?.addEventListener('click', () => sayWhatWasAnswered(output));
}

// counts: the results' sizes as said so far; the questions, when asked, are said first.
async function askInline(asks, query, counts) {
  if (!askTemplate || !asks.length) return;
  const checklist = regionChecklist(asks[0].area, await jsonOnce(output.dataset.checklistsUrl));
  const line = output.querySelector('[data-part="asks"]');
  if (!checklist || !line || query !== rendered) return;
  const section = buildChecklist(askTemplate, checklist);
  line.after(section);
  wireChecklist(section);
  if (!answeredToday(checklist.areas)) count.results({ asked: checklist.rows.length, ...counts });
}

// Items number their ids from 1, as the server's loop.index does.
function renumber(node, n) {
  for (const target of [node, ...node.querySelectorAll('[id], [aria-labelledby]')]) {
    for (const name of ['id', 'aria-labelledby']) {
      const value = target.getAttribute(name);
      if (value) target.setAttribute(name, value.replace(/\d+$/, String(n)));
    }
  }
}

function shows(part, results) {
  if (part === 'empty') return !(results.muscles.length || results.sections.length || results.warnings.length);
  const value = results[part];
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

// The results, built from the page's <template> of templates/search/_results.html; after an
// emergency, folded behind "I've ruled this out" (the engine's hold_results).
function render(results, hold) {
  const built = template.content.cloneNode(true);
  for (const part of built.querySelectorAll('[data-part]')) {
    const name = part.dataset.part;
    if (!shows(name, results)) {
      part.remove();
    } else if (Array.isArray(results[name])) {
      const items = [...part.querySelectorAll('[data-item]')];
      const list = items[0].parentNode;
      items.forEach((item) => item.remove());
      const show = SHOWN[name] || ((item) => item);
      results[name].forEach((result, i) => {
        const item = items[0].cloneNode(true);
        fill(item, show(result));
        renumber(item, i + 1);
        if (i === results[name].length - 1) item.querySelector('[data-separator]')?.remove();
        list.append(item);
      });
    } else {
      fill(part, results);
    }
  }
  sayWhatWasAnswered(built);
  if (hold) {
    const held = heldTemplate.content.firstElementChild.cloneNode(true);
    held.append(built);
    output.replaceChildren(held);
  } else {
    output.replaceChildren(built);
  }
}

// An emergency in a link's words: the call button leads, on the first screen even with large
// text (the heading and the field can fill it).
function leadWithTheCall() {
  if (!callLead.hidden && callLead.getBoundingClientRect().top > innerHeight / 2) {
    callLead.scrollIntoView({ block: 'start' });
  }
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
    forgetWarnings(warningsOutput);
    callLead.hidden = true;
    count.clear();
    return;
  }
  let triage = { warnings: [], hold_results: false };
  try {
    // Warnings first, and even if the search index cannot be had.
    triage = answer(await loadRules(), trimmed);
    const warnings = await worded(warningsOutput, triage.warnings);
    if (trimmed === rendered) {
      callLead.hidden = !triage.hold_results;
      renderWarnings(warningsOutput, warnings);
      if (!pushUrl) leadWithTheCall();
    }
  } catch {
    // Without the rules the server's page, when online, still shows its warnings.
  }
  try {
    const index = await loadIndex();
    if (trimmed !== rendered) return;
    const results = search(index, trimmed, triage.ask);
    render({ ...results, warnings: triage.warnings }, triage.hold_results);
    // The list itself is not a live region: only its size is said, once typing pauses.
    const counts = Object.fromEntries(['muscles', 'routines', 'sections']
      .map((kind) => [kind, results[kind].length]));
    count.results(counts);
    if (triage.ask) askInline(results.asks, trimmed, counts).catch(() => {});
  } catch {
    // Without the index the form still submits to the server, which answers when online.
  }
}

if (form && input && output && template && warningsOutput && callLead && heldTemplate) {
  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(input.value, { pushUrl: true }), 120);
  });
  input.addEventListener('focus', () => {
    loadRules().catch(() => {});
    loadIndex().catch(() => {});
  }, { once: true });
  const fromUrl = new URLSearchParams(location.search).get('q') || '';
  if (fromUrl && !input.value) input.value = fromUrl;
  for (const section of output.querySelectorAll('[data-ask]')) wireChecklist(section);
  sayWhatWasAnswered(output);
  // Back from a region's checklist (the page restored as it was): what was said there shows,
  // on the line and on the questions asked here.
  addEventListener('pageshow', () => {
    for (const section of output.querySelectorAll('[data-ask]')) showAnswer(section, [section.dataset.ask]);
    sayWhatWasAnswered(output);
  });
  leadWithTheCall();
  update(fromUrl, { pushUrl: false });
}
