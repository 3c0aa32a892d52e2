// Red-flag triage in the browser, on /red-flags.json, so warnings work offline.
// It mirrors pwa/engines/triage.py step for step; tests/test_triage_parity.py runs both on the same
// queries.
import { words, editDistance, allowedTypos, synonymsByFirstWord, applySynonyms } from './search-core.js';

const TRIAGE_AGE = /^([0-9]{1,3})s?$/; // "67", and decades: "in my 70s"
const TRIAGE_FIELDS = ['id', 'level', 'label', 'title', 'message', 'url'];
const triageIndexes = new WeakMap();

// A bit per letter the word holds (digits share one bit).
function triageLetters(word) {
  let mask = 0;
  for (const ch of word) mask |= 1 << (ch >= 'a' ? ch.charCodeAt(0) - 97 : 26);
  return mask;
}

function triageBitCount(n) {
  let count = 0;
  for (let x = n; x; x &= x - 1) count++;
  return count;
}

function triageIndex(rules) {
  let index = triageIndexes.get(rules);
  if (index) return index;
  index = {
    known: new Set(rules.vocabulary),
    fillers: new Set(rules.fillers),
    negators: new Set(rules.negators),
    breakers: new Set(rules.breakers),
    transparent: new Set(rules.transparent),
    phrases: new Map(Object.entries(rules.phrases)),
    rewrite: synonymsByFirstWord(rules.rewrite), // as the search index's synonyms
    byStart: new Map(),
  };
  // Each word under its first and its second letter, by length (see triage.py).
  for (const word of rules.vocabulary) {
    for (const letter of new Set(word.slice(0, 2))) {
      const key = `${letter}:${word.length}`;
      if (!index.byStart.has(key)) index.byStart.set(key, []);
      index.byStart.get(key).push([word, triageLetters(word)]);
    }
  }
  triageIndexes.set(rules, index);
  return index;
}

function triageCorrect(index, word) {
  const limit = allowedTypos(word.length);
  const letters = triageLetters(word);
  let best = word;
  let bestDistance = limit + 1;
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    for (const letter of new Set(word.slice(0, 2))) {
      for (const [known, knownLetters] of index.byStart.get(`${letter}:${length}`) || []) {
        if (triageBitCount(letters & ~knownLetters) > limit || triageBitCount(knownLetters & ~letters) > limit) continue;
        const distance = editDistance(word, known, limit);
        if (distance < bestDistance || (distance === bestDistance && distance <= limit && known < best)) {
          best = known;
          bestDistance = distance;
        }
      }
    }
  }
  return best;
}

// The words of a text as the rules read them: folded, typo-corrected, rewritten.
export function triageWords(rules, text) {
  const index = triageIndex(rules);
  const { limits } = rules;
  // Cut by characters (code points, as Python counts them), then by words.
  const head = Array.from(text.slice(0, 2 * limits.chars)).slice(0, limits.chars).join('');
  const typed = words(head, index.fillers).slice(0, limits.words);
  const corrected = new Map();
  for (const word of typed) {
    if (corrected.size >= limits.typos) break;
    if (!index.known.has(word) && !corrected.has(word) && !/^[0-9]/.test(word) && allowedTypos(word.length)) {
      corrected.set(word, triageCorrect(index, word));
    }
  }
  return applySynonyms(typed.map((w) => corrected.get(w) ?? w), index.rewrite);
}

function triageNegated(rules, index, found, start) {
  let counted = 0;
  for (let i = start - 1; i >= 0 && counted < rules.limits.negation; i--) {
    if (index.negators.has(found[i])) return true;
    if (index.breakers.has(found[i])) return false;
    if (!index.transparent.has(found[i])) counted++;
  }
  return false;
}

// The set of sign ids found in normalised words.
export function triageSigns(rules, normalised) {
  const index = triageIndex(rules);
  const found = new Set();
  normalised.forEach((word, start) => {
    const number = TRIAGE_AGE.exec(word);
    if (number) {
      for (const [low, high, sign] of rules.ages) {
        if (low <= Number(number[1]) && Number(number[1]) <= high) found.add(sign);
      }
    }
    for (const [phrase, phraseSigns] of index.phrases.get(word) || []) {
      if (phrase.every((w, k) => normalised[start + k] === w) && !triageNegated(rules, index, normalised, start)) {
        for (const sign of phraseSigns) found.add(sign);
      }
    }
  });
  return found;
}

function triageWarning(flag) {
  return Object.fromEntries(TRIAGE_FIELDS.map((key) => [key, flag[key]]));
}

// The warnings a text raises, most severe first, each flag once.
export function assess(rules, text) {
  const found = triageSigns(rules, triageWords(rules, text));
  return rules.flags
    .filter((flag) => flag.when.some((combination) => combination.every((s) => found.has(s))))
    .map(triageWarning);
}

// The warnings a body map region page shows first.
export function forRegion(rules, regionId) {
  return rules.flags.filter((flag) => flag.regions.includes(regionId)).map(triageWarning);
}
