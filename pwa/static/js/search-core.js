// The symptom finder's ranking, run in the browser on /search-index.json so it works offline.
// It mirrors pwa/search_text.py and pwa/search_engine.py step for step; the parity test
// (tests/test_search_parity.py) runs both on the same queries.

const MAX_QUERY = 300;
const MAX_MUSCLES = 8;
const MAX_SECTIONS = 4;
const PHRASE_BONUS = 2;

export function fold(text) {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’‘`]/g, '');
}

export function stem(word) {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export function words(text, fillers) {
  return (fold(text).match(/[a-z0-9]+/g) || []).filter((t) => !fillers.has(t)).map(stem);
}

export function applySynonyms(words, synonyms) {
  const out = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (const [variant, canonical] of synonyms) {
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

function allowedTypos(word) {
  return word.length < 5 ? 0 : word.length < 8 ? 1 : 2;
}

export function correct(word, sortedVocabulary, known) {
  if (/^[0-9]+$/.test(word) || known.has(word)) return word;
  const limit = allowedTypos(word);
  let best = word;
  let bestDistance = limit + 1;
  for (const known of sortedVocabulary) {
    const distance = editDistance(word, known, limit);
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return best;
}

export function prepare(index) {
  return {
    ...index,
    fillerSet: new Set(index.fillers),
    stopwordSet: new Set(index.stopwords),
    vocabularySet: new Set(index.vocabulary),
  };
}

export function queryWords(prepared, query) {
  const typed = words(query.slice(0, MAX_QUERY), prepared.fillerSet).map((w) =>
    correct(w, prepared.vocabulary, prepared.vocabularySet),
  );
  return applySynonyms(typed, prepared.synonyms).filter((w) => !prepared.stopwordSet.has(w));
}

const rounded = (x) => Math.round(x * 1000) / 1000;
const byScore = (a, b) => a[0] - b[0] || a[1] - b[1];

export function search(prepared, query) {
  const found = new Set(queryWords(prepared, query));
  const has = (list) => list.length > 0 && list.every((w) => found.has(w));
  const emergencies = prepared.emergencies.filter((e) => e.patterns.some(has));
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
        score += PHRASE_BONUS;
        credit(reason, PHRASE_BONUS);
      }
    }
    if (score > 0) {
      const why = [...reasons.keys()].sort((a, b) => reasons.get(b) - reasons.get(a) || a - b);
      muscles.push([-rounded(score), position, muscle, why.slice(0, 2).map((r) => muscle.reasons[r])]);
    }
  });
  muscles.sort(byScore);
  const sections = [];
  prepared.sections.forEach((section, position) => {
    let score = 0;
    for (const word of found) score += section.terms[word] || 0;
    if (score >= 3) sections.push([-rounded(score), position, section]);
  });
  sections.sort(byScore);
  const regions = prepared.regions.filter((r) => r.terms.some((t) => found.has(t)));
  return {
    words: [...found].sort(),
    emergencies,
    muscles: muscles.slice(0, MAX_MUSCLES).map(([, , m, why]) => ({
      slug: m.slug, name: m.name, url: m.url, summary: m.summary, why,
    })),
    sections: sections.slice(0, MAX_SECTIONS).map(([, , s]) => ({
      url: s.url, title: s.title, chapter: s.chapter,
    })),
    regions: regions.map((r) => ({ id: r.id, label: r.label, url: r.url })),
  };
}
