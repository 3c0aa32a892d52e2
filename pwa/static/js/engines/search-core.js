// The symptom finder's ranking, run in the browser on /search-index.json so it works offline.
// It mirrors pwa/engines/search_text.py and pwa/engines/search_engine.py step for step; the parity test
// (tests/test_search_parity.py) runs both on the same queries.

// The ranking's limits and bonuses come with the index (search_engine.LIMITS and BONUS).
const CACHE_SIZE = 4096;
const TOKEN = /[a-z0-9]+/g;

export function fold(text) {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’‘`]/g, '');
}

export function stem(word) {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

// Every word of a text, folded, as typed: fillers kept, nothing stemmed (search_text.tokens).
export function tokens(text) {
  return fold(text).match(TOKEN) || [];
}

// Stemmed, the tokens that are not fillers (search_text.kept).
export function kept(typed, fillers) {
  return typed.filter((t) => !fillers.has(t)).map(stem);
}

// The stemmed words of a text, filler words left out (search_text.words); the triage reads with it.
export function words(text, fillers) {
  return kept(tokens(text), fillers);
}

export function synonymsByFirstWord(synonyms) {
  const byFirst = new Map();
  for (const pair of synonyms) {
    if (!byFirst.has(pair[0][0])) byFirst.set(pair[0][0], []);
    byFirst.get(pair[0][0]).push(pair);
  }
  return byFirst;
}

export function applySynonyms(words, byFirst) {
  const out = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (const [variant, canonical] of byFirst.get(words[i]) || []) {
      if (variant.every((w, k) => words[i + k] === w)) {
        out.push(...canonical);
        i += variant.length;
        matched = true;
        break;
      }
    }
    if (!matched) out.push(words[i++]);
  }
  return out;
}

export function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2 = null;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        current[j] = Math.min(current[j], previous2[j - 2] + 1);
      }
    }
    if (Math.min(...current) > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}

export function allowedTypos(length) {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}

function letters(word) {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97;
    if (code >= 0 && code < 26) mask |= 1 << code;
  }
  return mask;
}

function bitCount(mask) {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}

// Typo correction that compares only plausible candidates, with the answer a scan of the whole
// vocabulary gives (the closest word, first in sorted order on a tie). The server uses a
// deletion index (pwa/engines/search_text.py's Corrector), built once per process; here the index is
// prepared on every page load, so the candidates come from what costs nothing to prepare: a
// word within k typos is within k letters in length, and each letter one word has and the
// other lacks takes a typo of its own. A known word (a real word: search_text.real_words_near)
// is never corrected.
export class Corrector {
  // keepFirstLetter: the triage's rule, a correction keeps the letter typed first
  // (search_text.Corrector).
  constructor(vocabulary, known = [], { keepFirstLetter = false } = {}) {
    this.vocabulary = vocabulary;
    this.known = new Set([...vocabulary, ...known]);
    this.keepFirstLetter = keepFirstLetter;
    this.byLength = [];
    vocabulary.forEach((word, position) => {
      (this.byLength[word.length] ||= []).push([position, letters(word)]);
    });
    this.cache = new Map();
  }

  correct(word) {
    if (/^[0-9]+$/.test(word) || this.known.has(word)) return word;
    let found = this.cache.get(word);
    if (found === undefined) {
      found = this.closest(word);
      if (this.keepFirstLetter && found[0] !== word[0]) found = word;
      if (this.cache.size >= CACHE_SIZE) this.cache.clear();
      this.cache.set(word, found);
    }
    return found;
  }

  closest(word) {
    const limit = allowedTypos(word.length);
    const mask = letters(word);
    const candidates = [];
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const [position, other] of this.byLength[length] || []) {
        if (bitCount(mask & ~other) <= limit && bitCount(other & ~mask) <= limit) {
          candidates.push(position);
        }
      }
    }
    let best = word;
    let bestDistance = limit + 1;
    for (const position of candidates.sort((a, b) => a - b)) {
      const distance = editDistance(word, this.vocabulary[position], limit);
      if (distance < bestDistance) {
        best = this.vocabulary[position];
        bestDistance = distance;
      }
    }
    return best;
  }
}

// One index again from /search-index.json, /search-guide.json and /known-words.json
// (search_engine.merge_index).
export function mergeIndex(rest, guide, known) {
  return { ...rest, sections: guide.sections, known: known.known };
}

// Every word the search knows, sorted: the corrector's targets, built from the index itself
// (search_engine.vocabulary).
export function vocabularyOf(index) {
  const words = new Set([...index.fillers, ...index.stopwords, ...index.words]);
  for (const part of [index.muscles, index.sections, index.routines]) {
    for (const entry of part) for (const word of Object.keys(entry.terms)) words.add(word);
  }
  for (const [variant] of index.synonyms) for (const word of variant) words.add(word);
  return [...words].sort();
}

// A `known` list decoded: each word is how many letters it shares with the word before and the
// rest ("0ahead1long" is ahead, along; search_text.front_decoded).
export function knownWords(coded) {
  const words = [];
  let before = '';
  for (const [, shared, rest] of coded.matchAll(/([0-9])([a-z]*)/g)) {
    before = before.slice(0, Number(shared)) + rest;
    words.push(before);
  }
  return words;
}

export function prepare(index) {
  return {
    ...index,
    fillerSet: new Set(index.fillers),
    stopwordSet: new Set(index.stopwords),
    synonymsByFirst: synonymsByFirstWord(index.synonyms),
    corrector: new Corrector(vocabularyOf(index), knownWords(index.known || ''), { keepFirstLetter: true }),
  };
}

// Characters, not UTF-16 units, so an emoji counts once, as on the server.
function characters(text, from, to) {
  return Array.from(text.slice(0, 2 * to)).slice(from, to).join('');
}

export function readQuery(prepared, query) {
  const { query: most, words: mostWords } = prepared.limits;
  const typed = fold(characters(query, 0, most)).match(TOKEN) || [];
  const cut = typed.length > mostWords || /[a-z0-9]/.test(fold(characters(query, most, 2 * most)));
  const found = typed
    .slice(0, mostWords)
    .filter((t) => !prepared.fillerSet.has(t))
    .map((t) => prepared.corrector.correct(stem(t)));
  const words = applySynonyms(found, prepared.synonymsByFirst).filter((w) => !prepared.stopwordSet.has(w));
  return [words, cut ? Math.min(typed.length, mostWords) : 0];
}

const rounded = (x) => Math.round(x * 1000) / 1000;
const byScore = (a, b) => a[0] - b[0] || a[1] - b[1];

// Each result's reason line, no two alike (search_engine.distinct_reasons): [why, hints,
// reasons] in rank order → lists of at most two reasons.
export function distinctReasons(ranked) {
  const used = new Set();
  return ranked.map(([why, hints, reasons]) => {
    const extra = [...why.slice(1), ...hints.filter((h) => !why.includes(h))];
    const options = [why.slice(0, 2), ...extra.map((other) => [why[0], other])];
    const key = (option) => JSON.stringify(option.map((r) => reasons[r]));
    const picked = options.find((option) => !used.has(key(option))) || why.slice(0, 2);
    used.add(key(picked));
    return picked.map((r) => reasons[r]);
  });
}

// ask: whether the words make the warning signs worth asking about (the triage's `ask`); where
// they name no place and no muscle, the whole body's are then asked (search_engine.search).
export function search(prepared, query, ask = false) {
  const { limits, bonus } = prepared;
  const [queryWords, used] = readQuery(prepared, query);
  const found = new Set(queryWords);
  const has = (list) => list.length > 0 && list.every((w) => found.has(w));
  const muscles = [];
  prepared.muscles.forEach((muscle, position) => {
    let score = 0;
    const reasons = new Map();
    const credit = (reason, weight) => reasons.set(reason, (reasons.get(reason) || 0) + weight);
    for (const word of found) {
      const term = muscle.terms[word];
      if (term) {
        score += term[0];
        credit(term[1], term[0]);
      }
    }
    for (const [phrase, reason] of muscle.phrases) {
      if (has(phrase)) {
        score += bonus.phrase;
        credit(reason, bonus.phrase);
      }
    }
    if (score > 0) {
      const why = [...reasons.keys()].sort((a, b) => reasons.get(b) - reasons.get(a) || a - b);
      muscles.push([-rounded(score), position, muscle, why]);
    }
  });
  muscles.sort(byScore);
  const shown = muscles.slice(0, limits.muscles);
  const lines = distinctReasons(shown.map(([, , m, why]) => [why, m.hints || [], m.reasons]));
  const sections = [];
  prepared.sections.forEach((section, position) => {
    let score = 0;
    for (const word of found) score += section.terms[word] || 0;
    if (score >= limits.section_score) sections.push([-rounded(score), position, section]);
  });
  sections.sort(byScore);
  const first = muscles.length ? muscles[0][2].slug : null;
  const routines = [];
  prepared.routines.forEach((routine, position) => {
    const whole = routine.phrases.filter(has).length;
    const worksOnFirst = routine.muscles.includes(first);
    if (whole || worksOnFirst) {
      let score = 0;
      for (const word of found) score += routine.terms[word] || 0;
      score += bonus.phrase * whole + (worksOnFirst ? bonus.routine_muscle : 0);
      routines.push([-rounded(score), position, routine]);
    }
  });
  routines.sort(byScore);
  // A region is named when one of its names is there whole (both words of "upper back").
  const regions = prepared.regions.filter((r) => r.names.some((name) => name.every((w) => found.has(w))));
  // Where none is named ("sciatica", "I grind my teeth"), the first muscle's main pain areas
  // are asked about.
  let asked = regions.length || !shown.length ? regions
    : prepared.regions.filter((r) => shown[0][2].areas.includes(r.id));
  if (!asked.length && ask && prepared.whole_body) asked = [prepared.whole_body];
  return {
    words: [...found].sort(),
    cut: used,
    muscles: shown.map(([, , m], n) => ({
      slug: m.slug, name: m.name, url: prepared.links.muscle + m.slug, why: lines[n],
    })),
    routines: routines.slice(0, limits.routines).map(([, , r]) => ({
      slug: r.slug, url: prepared.links.routine + r.slug, title: r.title, note: r.note,
    })),
    sections: sections.slice(0, limits.sections).map(([, , s]) => ({
      url: s.url, title: s.title, chapter: s.chapter,
    })),
    regions: regions.map((r) => ({ id: r.id, label: r.label, url: r.url })),
    asks: asks(asked),
  };
}

// Where to ask the red-flag questions of these regions: each region's page, which
// asks them before any muscle; once a page (the heel and the sole share the feet's), as
// search_engine.py does.
function asks(regions) {
  const byUrl = new Map();
  for (const r of regions) {
    if (!byUrl.has(r.ask)) byUrl.set(r.ask, { label: r.label, url: r.ask, area: r.area });
  }
  return [...byUrl.values()];
}
