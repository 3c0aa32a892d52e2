// Red-flag triage in the browser, on /red-flags.json, so warnings work offline.
// It mirrors pwa/engines/triage.py step for step; tests/test_triage_parity.py runs both on the same
// queries.
import { fold, words, tokens, kept, stem, allowedTypos, synonymsByFirstWord, applySynonyms, Corrector, knownWords } from './search-core.js';

// A warning's words (title, message) are not in /red-flags.json (triage.served): the views add
// them from /timer-data.json (finder/warning-words.js).
const TRIAGE_FIELDS = ['id', 'level', 'label', 'url'];
const triageIndexes = new WeakMap();

// Every word the rules know, sorted (triage.vocabulary): the corrector's targets.
export function triageVocabulary(rules) {
  const words = new Set([...rules.negators, ...rules.breakers, ...rules.transparent]);
  for (const joined of Object.values(rules.signs)) for (const word of joined.split(/[ |~/]/)) words.add(word);
  for (const [canonical, variants] of Object.entries(rules.rewrite)) {
    for (const word of `${canonical} ${variants}`.split(/[ |]/)) words.add(word);
  }
  for (const word of textWords(rules)) words.add(word);
  words.delete('');
  return [...words].sort();
}

// The words read in the text itself: the lists' (read_words) and the number patterns', as they
// spell them, seven letters or more (triage.text_words).
function textWords(rules) {
  const words = new Set((rules.read_words || '').split(' '));
  for (const number of rules.numbers) {
    for (const pattern of number.patterns) {
      for (const [word] of pattern.replace(/\\.|\[[^\]]*\]|\{[^}]*\}/g, ' ').matchAll(/[a-z]{7,}/g)) words.add(word);
    }
  }
  words.delete('');
  return words;
}

// A shipped `rewrite` or `said` ({canonical: variants joined by "|"}) as [variant words,
// canonical words], the longest variant first, as they are tried (triage.read_as); looked up
// by first word (triage._Index).
function readAs(grouped) {
  const split = (words) => (words ? words.split(' ') : []);
  const pairs = Object.entries(grouped).flatMap(([canonical, variants]) => variants.split('|')
    .map((variant) => [split(variant), split(canonical)]));
  const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return pairs.sort((a, b) => b[0].length - a[0].length || order(a[0].join(' '), b[0].join(' ')));
}
const wordPairs = (grouped) => synonymsByFirstWord(readAs(grouped));

function triageIndex(rules) {
  let index = triageIndexes.get(rules);
  if (index) return index;
  const vocabulary = triageVocabulary(rules);
  index = {
    fillers: new Set(rules.fillers),
    negators: new Set(rules.negators),
    breakers: new Set(rules.breakers),
    transparent: new Set(rules.transparent),
    joiners: new Set(rules.list_joiners),
    closers: new Set(rules.list_closers),
    afterNegators: new Set(rules.after_negators),
    denying: new Set(rules.denying),
    numbers: rules.numbers.map((n) => [n.patterns.map((p) => new RegExp(p, 'g')), n.signs]),
    spelled: new RegExp(rules.number_words.pattern, 'g'),
    others: rules.others && {
      clause: new RegExp(rules.others.clause, 'g'),
      present: new RegExp(rules.others.present, 'g'),
      acute: new RegExp(rules.others.acute),
      settled: new RegExp(rules.others.settled, 'g'),
      self: new RegExp(rules.others.self),
      own: new RegExp(rules.others.own),
    },
    past: rules.past && {
      clause: new RegExp(rules.past.clause),
      clauses: new RegExp(rules.past.clause, 'g'),
      quiet: new RegExp(rules.past.quiet, 'g'),
      keeps: new RegExp(rules.past.keeps),
      goesOn: new RegExp(`^(?:${rules.past.goes_on})`),
      went: new RegExp(rules.past.went, 'g'),
      times: new RegExp(rules.past.times, 'g'),
      starts: new RegExp(rules.past.starts, 'g'),
    },
    passing: new Set(rules.passing),
    questions: rules.questions && new RegExp(rules.questions, 'g'),
    answeredNo: rules.answered_no && [new RegExp(rules.answered_no.pattern, 'g'), rules.answered_no.read_as],
    ands: rules.ands && new RegExp(rules.ands, 'g'),
    pauses: rules.pauses && new RegExp(rules.pauses, 'g'),
    mys: rules.mys && new RegExp(rules.mys, 'g'),
    textWords: textWords(rules),
    phrases: new Map(), // first word -> [[parts, gap, sign]], each part its forms
    // As the search index's synonyms ("" is no words).
    rewrite: wordPairs(rules.rewrite),
    said: wordPairs(rules.said),
    corrector: new Corrector(vocabulary, knownWords(rules.known), { keepFirstLetter: true }), // the search's
    // A sign's word typed into a little word without a space (apart): the little words, and the
    // words they may join, the rules' own of four letters or more.
    leading: new Set([...rules.run_together.either, ...rules.run_together.before]),
    trailing: new Set([...rules.run_together.either, ...rules.run_together.after]),
  };
  const little = new Set(rules.run_together.either);
  index.joinable = new Set(vocabulary.filter((w) => w.length >= RUN_TOGETHER_LONG
    && !little.has(w) && !index.fillers.has(w)));
  for (const [sign, joined] of Object.entries(rules.signs)) {
    for (const phrase of joined.split('|')) {
      // A phrase's words side by side; a near phrase's parts up to `near` words apart.
      const gap = phrase.includes('~') ? rules.limits.near : 1;
      const parts = phrase.split(gap > 1 ? '~' : ' ').map((part) => part.split('/'));
      for (const first of parts[0]) {
        if (!index.phrases.has(first)) index.phrases.set(first, []);
        index.phrases.get(first).push([parts, gap, sign]);
      }
    }
  }
  index.toldWithNegator = toldWithNegator(rules, index);
  triageIndexes.set(rules, index);
  return index;
}

// A sign told with a negator first ("no air", "no feeling"): its negator -> the words that may
// follow it, of the signs a combination needs, not one only ever denied with "!"; read off the
// index's phrases (triage._Index told_with_negator).
function toldWithNegator(rules, index) {
  const needed = new Set();
  for (const flag of rules.flags) {
    for (const combination of flag.when) {
      for (const sign of combination.split(' ')) {
        if (!sign.startsWith('!')) for (const part of sign.replace(/^=+/, '').split('+')) needed.add(part);
      }
    }
  }
  const told = new Map();
  for (const negator of index.negators) {
    const words = new Set();
    for (const [parts, , sign] of index.phrases.get(negator) || []) {
      if (needed.has(sign) && parts.length > 1) for (const word of parts[1]) words.add(word);
    }
    if (index.phrases.has(negator)) told.set(negator, words);
  }
  return told;
}

// The first characters of a text (code points, as Python counts them).
function triageHead(rules, text) {
  return Array.from(text.slice(0, 2 * rules.limits.chars)).slice(0, rules.limits.chars).join('');
}

// Where a clause ends, kept through the words as one mark: an after-negator reads within its
// clause only ("bladder fine" denies; "garbled, fine now" tells a sign that passed). A sentence's
// or a line's end is marked apart: a list of denials does not run on into the next sentence
// (triage.CLAUSE_END).
const CLAUSE_END = /([.!](?=\s)|\n)\s*|[,;:!?]|\.(?![0-9])/g;
const CLAUSE_MARK = 'qclauseq';
const SENTENCE_MARK = 'qsentenceq';
const MARKS = new Set([CLAUSE_MARK, SENTENCE_MARK]);
const mark = (found, sentence) => ` ${sentence ? SENTENCE_MARK : CLAUSE_MARK} `;
const REPEATED = /\b([a-z]+)(?: \1\b)+/gi; // triage.REPEATED

// Whether a typo correction may touch a word: long enough, and not one the rules know.
const correctable = (index, word) => allowedTypos(word.length) && !index.corrector.known.has(word);

// A word's typo corrected; with its "g" put back when it was dropped besides ("stadnin" is
// "standing"; triage._corrected). Only a word not `known` is given to it ("terrain" is).
function correctedWord(index, word) {
  const fixed = index.corrector.correct(word);
  if (fixed === word && word.length > 3 && word.endsWith('in')) {
    const again = index.corrector.correct(`${word}g`);
    if (index.corrector.known.has(again)) return again;
  }
  return fixed;
}

const RUN_TOGETHER_LONG = 4; // the shortest word apart() takes out of another (triage.RUN_TOGETHER_LONG)
const joinable = (index, part) => index.joinable.has(part) || index.joinable.has(stem(part));

// A word the rules do not know read as two when it is one of the rules' words of four letters or
// more run into one of `run_together` ("wristis", "doveto"), unless a typo correction makes it a
// word the rules know: the split whose longer part is longest, the first on a tie (triage._apart).
function apart(index, word) {
  if (word.length <= RUN_TOGETHER_LONG || index.corrector.known.has(word) || !/^[a-z]+$/.test(word)) return [word];
  let best = null;
  for (let cut = 1; cut < word.length; cut += 1) {
    const first = word.slice(0, cut);
    const second = word.slice(cut);
    if ((index.leading.has(first) && joinable(index, second))
      || (index.trailing.has(second) && joinable(index, first))) {
      if (!best || Math.max(first.length, second.length) > Math.max(best[0].length, best[1].length)) best = [first, second];
    }
  }
  if (!best || correctedWord(index, word) !== word) return [word];
  return best;
}

// The words of a text as the rules read them: folded, a word repeated in a row once, a word run
// into a little one read as two, the `said` phrases read with their fillers, fillers dropped,
// typo-corrected, rewritten.
export function triageWords(rules, text) {
  const index = triageIndex(rules);
  const { limits } = rules;
  // Cut by characters (code points, as Python counts them), then by words.
  const head = triageHead(rules, text);
  const marked = head.replace(CLAUSE_END, mark);
  // A word said twice for weight is read once ("pain pain", "rip rip"; not "week on week").
  const parted = tokens(marked.replace(REPEATED, '$1')).flatMap((word) => apart(index, word));
  const said = applySynonyms(parted, index.said);
  const typed = kept(said, index.fillers).slice(0, limits.words);
  const corrected = new Map();
  for (const word of typed) {
    if (corrected.size >= limits.typos) break;
    if (correctable(index, word) && !corrected.has(word) && !MARKS.has(word)) {
      corrected.set(word, correctedWord(index, word));
    }
  }
  return applySynonyms(typed.map((w) => corrected.get(w) ?? w), index.rewrite);
}

// Whether a negator comes shortly before the phrase (from the clause before only when the
// phrase's clause is a list's item), or an after-negator right after it in its clause (`ends`:
// the positions a clause ended before).
function triageNegated(rules, index, found, start, end, ends) {
  // A phrase that is itself a denial ("no reason") is not undone by one before it.
  const before = index.negators.has(found[start]) ? null : scanNegation(index, found, start - 1,
    -1, rules.limits.negation, index.negators, clauseStart(rules, index, found, start, ends));
  if (before !== null) return before;
  return scanNegation(index, found, end, 1, rules.limits.after, index.afterNegators, ends) === true
    || deniedAfter(index, found, start, end, ends);
}

// Whether a negator ends the clause right after found[start..end), which are not a denial
// themselves (a negator or a `denying` word among them) nor across a clause's end: "fever no,
// swelling no" (not "cant put weight no", nor "walk cant, put weight no"; triage._denied_after).
function deniedAfter(index, found, start, end, ends) {
  for (let i = start; i < end; i++) {
    if (index.negators.has(found[i]) || index.denying.has(found[i]) || (i > start && ends.has(i))) return false;
  }
  let at = end;
  while (at < found.length && !ends.has(at) && index.transparent.has(found[at])) at++;
  return at < found.length && !ends.has(at) && index.negators.has(found[at])
    && (at + 1 === found.length || ends.has(at + 1));
}

// Where a negation read back from found[start] stops: the last word of the clause before, unless
// found[start]'s clause is short enough to be a list's item ("no fever, numbness or tingling";
// longer with an "or") after a denied one, and the list was not closed ("no fall or anything,
// aches most days") and is a list: the clause before opens with its negator ("no fever,") or is
// an item itself, not "a rash that doesnt fade, fever": nowhere then. A negator that ends its
// clause denies what came before it ("paracetamol didnt help, stars in my eyes";
// triage._clause_start).
function clauseStart(rules, index, found, start, ends) {
  let begin = 0;
  let stop = found.length;
  for (const end of ends) {
    if (end <= start && end > begin) begin = end;
    if (end > start && end < stop) stop = end;
  }
  const clause = found.slice(begin, stop);
  const counted = clause.filter((word) => !index.transparent.has(word)).length;
  const listed = clause.some((word) => index.joiners.has(word));
  const limit = listed ? rules.limits.listed : rules.limits.list_item;
  let last = begin - 1;
  while (last >= 0 && index.transparent.has(found[last])) last--;
  const denied = last >= 0 && index.negators.has(found[last]);
  const closed = last >= 0 && index.closers.has(found[last]);
  if (counted > limit || denied || closed || ends.sentences.has(begin)) return new Set([begin - 1]);
  let before = 0;
  for (const end of ends) if (end < begin && end > before) before = end;
  const said = found.slice(before, begin).filter((word) => !index.transparent.has(word));
  // A clause that tells a sign with a negator ("no air, sweating a lot") lists nothing.
  const told = said.length > 1 && (index.toldWithNegator.get(said[0])?.has(said[1]) ?? false);
  const isList = said.length > 0 && !told && (index.negators.has(said[0]) || said.length <= limit);
  return isList ? new Set() : new Set([begin - 1]);
}

// From `from`, one word at a time in `step`'s direction: true at a negator, false at a breaker,
// null once `limit` counted words have passed (transparent words are not counted, nor an item of
// a list: a word before "or") or at a clause's end.
function scanNegation(index, found, from, step, limit, negators, ends = new Set()) {
  let counted = 0;
  for (let i = from; i >= 0 && i < found.length && counted < limit && !ends.has(i); i += step) {
    if (negators.has(found[i])) return true;
    if (index.breakers.has(found[i])) return false;
    if (!index.transparent.has(found[i]) && !index.joiners.has(found[i + 1])) counted++;
  }
  return null;
}

// Whether a clause ended between words[start] and words[at] (`ends`: the positions it ended before).
function crossesEnd(ends, start, at) {
  for (let i = start + 1; i <= at; i += 1) if (ends.has(i)) return true;
  return false;
}

// The set of sign ids found in normalised words: each phrase's parts in order, each up to its gap
// after the one before, no negator between the parts of a near phrase (a part may be one:
// "shirts dont fit"), the first not negated.
export function triageSigns(rules, marked) {
  const index = triageIndex(rules);
  const found = new Set();
  const ends = new Set(); // where a clause ended; `sentences`, where a sentence did
  ends.sentences = new Set();
  const normalised = [];
  for (const word of marked) {
    if (MARKS.has(word)) {
      ends.add(normalised.length);
      if (word === SENTENCE_MARK) ends.sentences.add(normalised.length);
    } else normalised.push(word);
  }
  normalised.forEach((word, start) => {
    for (const [parts, gap, sign] of index.phrases.get(word) || []) {
      let at = start;
      const hits = new Set([start]);
      if (!found.has(sign) && parts.slice(1).every((part) => {
        const next = normalised.slice(at + 1, at + 1 + gap).findIndex((w) => part.includes(w));
        if (next < 0) return false;
        at += next + 1;
        hits.add(at);
        return true;
      }) && (gap < 2 || !normalised.slice(start + 1, at)
        .some((w, i) => index.negators.has(w) && !hits.has(start + 1 + i)))
          // A phrase of words side by side does not run across a clause's end.
          && (gap > 1 || !crossesEnd(ends, start, at))
          && !triageNegated(rules, index, normalised, start, at + 1, ends)) {
        found.add(sign);
      }
    }
  });
  return found;
}

// The folded text with its misspelt words corrected in place where the correction is a word read
// in the text itself ("had a melnaoma removed", "dauhgter 4"), a dropped "g" put back ("mornin"),
// others left as typed, and a plural unless its correction is one too (triage._spelled).
function spelled(rules, index, folded) {
  let done = 0;
  return folded.replace(/[a-z]+/g, (word) => {
    if (done >= rules.limits.typos || index.corrector.known.has(word)) return word;
    if (word.length > 3 && word.endsWith('in') && index.corrector.known.has(`${word}g`)) {
      done += 1; // its "g" dropped: "mornin", "lyin still or movin"
      return `${word}g`;
    }
    if (!correctable(index, word)) return word;
    const fixed = index.corrector.correct(word);
    if (fixed === word || !index.textWords.has(fixed)) return word;
    const base = stem(word); // a plural: its singular must be a typo of the correction's too
    if (base !== word && (word.endsWith('es') || stem(fixed) === fixed
      || index.corrector.known.has(base) || index.corrector.correct(base) !== stem(fixed))) {
      return word;
    }
    done += 1;
    return fixed;
  });
}

// Whether a clause says its trouble is happening now, not that it is over ("shes ok now").
const acute = (others, text) => others.acute.test(text.replace(others.settled, ' '));

// The folded text without someone else's trouble ("my aunt had cancer, I just have a sore
// knee" is about a knee): the clauses the data's `others` describe; without its `questions`
// ("is this normal" asks, it denies nothing) and an opener ("hi"); a question answered no read as
// denied ("fever? no." is "fever fine,"); a dash, dots or "full stop" read as a comma; "&" or "n"
// read as "and"; its misspelt words first corrected toward the words these read
// (triage.own_text).
export function ownText(rules, text) {
  const index = triageIndex(rules);
  const { others, questions, answeredNo, ands, pauses, mys } = index;
  let folded = spelled(rules, index, fold(triageHead(rules, text)));
  if (pauses) folded = folded.replace(pauses, ', ');
  if (questions) folded = folded.replace(questions, ' ');
  if (answeredNo) folded = folded.replace(answeredNo[0], answeredNo[1]);
  if (ands) folded = folded.replace(ands, ' and ');
  if (mys) folded = folded.replace(mys, 'my ');
  const pairs = others ? [[others.clause, others.self], [others.present, others.own]] : [];
  for (const [clause, theirs] of pairs) {
    for (const match of [...folded.matchAll(clause)].reverse()) {
      const rest = folded.slice(0, match.index) + folded.slice(match.index + match[0].length);
      if (!acute(others, told(match, folded, theirs)) && theirs.test(rest)) folded = rest;
    }
  }
  return withoutPast(rules, folded);
}

// Someone else's history and what the writer goes on to say of them, whole clauses up to the one
// in which they turn to themselves (triage._told).
function told(match, folded, theirs) {
  const after = folded.slice(match.index + match[0].length);
  const turn = after.search(theirs);
  if (turn < 0) return match[0] + after;
  return match[0] + after.slice(0, turn).split(PAST_CLAUSE).slice(0, -1).join(' ');
}

// The folded text without the person's own trouble long over ("had a TIA 5 years ago"), unless
// the clause says it is happening now or names what keeps it, `quiet` words aside, or, said only
// to have gone, names a trouble that counts once passed (triage._without_past).
function withoutPast(rules, folded) {
  const { past, others } = triageIndex(rules);
  if (!past) return folded;
  return timeEnds(past, historyStarts(past, folded)).split(PAST_CLAUSE).map((piece, i) => (
    i % 2 === 0 && past.clause.test(piece) && !past.keeps.test(piece.replace(past.quiet, ' '))
      && !(others && acute(others, piece.replace(past.went, ' ')))
      && !passed(rules, piece) ? ' ' : piece)).join('');
}

// Whether a clause said only to have gone, with no time putting it back, names a trouble that
// counts even once it has passed (`passing`: "my face drooped and went away"; triage._passed).
function passed(rules, piece) {
  const { passing, past } = triageIndex(rules);
  if (!passing.size || piece.search(past.times) >= 0) return false;
  const found = triageSigns(rules, triageWords(rules, piece));
  return [...passing].some((sign) => found.has(sign));
}

// The folded text with a clause begun where a history starts, the last of `past.starts` before a
// time that puts it back, when the writer said something before them (triage._history_starts).
function historyStarts(past, folded) {
  const cuts = new Set();
  for (const match of folded.matchAll(past.times)) {
    const before = folded.slice(0, match.index).split(PAST_CLAUSE).at(-1);
    const opens = [...before.matchAll(past.starts)];
    if (opens.length && /[a-z]/.test(before.slice(0, opens.at(-1).index))) {
      cuts.add(match.index - before.length + opens.at(-1).index);
    }
  }
  return [...cuts].sort((a, b) => b - a)
    .reduce((text, cut) => `${text.slice(0, cut)}\n${text.slice(cut)}`, folded);
}

// The folded text with a clause ended after each time that puts a trouble back, when words come
// before it in its clause and after it, unless what follows goes on from it (triage._time_ends).
function timeEnds(past, folded) {
  return folded.replace(past.clauses, (match, ...rest) => {
    const offset = rest[rest.length - 2];
    const before = folded.slice(0, offset).split(PAST_CLAUSE).at(-1);
    const after = folded.slice(offset + match.length).split(PAST_CLAUSE)[0];
    return match + (/[a-z]/.test(before) && /[a-z]/.test(after) && !past.goesOn.test(after) ? '\n' : '');
  });
}

// Numbers written in words as digits ("fifty-eight" is 58), for the number patterns.
function digits(rules, folded) {
  const values = rules.number_words.values;
  return folded.replace(triageIndex(rules).spelled,
    (match, ten, unit, alone) => String(ten ? values[ten] + values[unit] : values[alone]));
}

// The signs numbers give ("39.5" a fever, "im 67" over 50), read in the folded text with numbers
// in words as digits; a pattern without ranges counts whenever it matches ("for weeks") unless a
// negator denies it, as a phrase ("not on the pill").
export function numberSigns(rules, text) {
  const found = new Set();
  const index = triageIndex(rules);
  const folded = digits(rules, fold(triageHead(rules, text)));
  for (const [patterns, signs] of index.numbers) {
    for (const pattern of patterns) {
      for (const match of folded.matchAll(pattern)) {
        const value = Number(match[1]);
        // [sign, low, high], or [sign] for any match a negator does not deny
        for (const [sign, low, high] of signs) {
          if (low === undefined ? !deniedBefore(rules, index, folded, match) : low <= value && value <= high) {
            found.add(sign);
          }
        }
      }
    }
  }
  return found;
}

// Whether a negator comes shortly before a pattern's match in its clause, read as before a
// phrase: "no swelling on his balls"; not when the match is a denial itself
// (triage._denied_before).
function deniedBefore(rules, index, folded, match) {
  const said = words(match[0], index.fillers);
  if (said.length && index.negators.has(said[0])) return false;
  const before = words(folded.slice(0, match.index).split(CLAUSE).pop(), index.fillers);
  return scanNegation(index, before, before.length - 1, -1, rules.limits.negation, index.negators) === true;
}

function triageWarning(flag) {
  return Object.fromEntries(TRIAGE_FIELDS.map((key) => [key, flag[key]]));
}

// What ends a clause, in the folded text (triage.CLAUSE).
const CLAUSE = /[.,;:!?\n]|\bbut\b/;
// What ends a clause of the person's past, kept by split (triage.PAST_CLAUSE).
const PAST_CLAUSE = /([.,;:!?\n]|\bbut\b|\bthough\b)/;

// The folded text's clauses; one of a word or none joins the next (triage._clauses).
function clausesOf(rules, folded) {
  const clauses = [];
  let held = '';
  for (const clause of folded.split(CLAUSE)) {
    held = `${held} ${clause}`;
    if (words(clause, triageIndex(rules).fillers).length > 1) {
      clauses.push(held);
      held = '';
    }
  }
  return [...clauses, held];
}

// A combination is its signs joined by spaces; "!sign" must be absent, "sign+sign" found in one
// same clause. One that starts "=" holds only when its signs are found in one same clause
// (triage._raised).
function holds(sign, set, found, clauses) {
  if (sign[0] === '!') return !found.has(sign.slice(1));
  if (sign.includes('+')) return clauses.some((clause) => sign.split('+').every((part) => clause.has(part)));
  return set.has(sign);
}
const raised = (flag, found, clauses) => flag.when.some((combination) => (combination[0] === '=' ? clauses : [found])
  .some((set) => combination.replace('=', '').split(' ').every((sign) => holds(sign, set, found, clauses))));

// The signs a text names: in its words and numbers, and clause by clause (triage._found).
function foundIn(rules, text) {
  const own = ownText(rules, text);
  const found = triageSigns(rules, triageWords(rules, own));
  for (const sign of numberSigns(rules, own)) found.add(sign);
  const clauses = clausesOf(rules, own).map((clause) => triageSigns(rules, triageWords(rules, clause)));
  return [found, clauses];
}

const warningsOf = (rules, found, clauses) => rules.flags
  .filter((flag) => raised(flag, found, clauses)).map(triageWarning);

// The warnings a text raises, most severe first, each flag once.
export function assess(rules, text) {
  return warningsOf(rules, ...foundIn(rules, text));
}

// The warnings; whether they hold back the muscles and routines until the person says they have
// ruled it out; and whether the place named should be asked about in full (triage.answer).
export function answer(rules, text) {
  const [found, clauses] = foundIn(rules, text);
  const warnings = warningsOf(rules, found, clauses);
  const { signs, unless } = rules.ask_inline;
  return {
    warnings,
    hold_results: warnings.some((w) => rules.hold_results.includes(w.level)),
    ask: signs.some((sign) => found.has(sign)) && !warnings.some((w) => unless.includes(w.level)),
  };
}
