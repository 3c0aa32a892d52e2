// Fetch a JSON file once per page, for every caller that asks; a failed fetch is forgotten so
// the next ask tries again (the offline cache may have it by then).
const pending = new Map();

export function jsonOnce(url) {
  if (!pending.has(url)) {
    pending.set(url, fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json();
      })
      .catch((error) => {
        pending.delete(url);
        throw error;
      }));
  }
  return pending.get(url);
}

// The real words neither engine corrects travel once, in /known-words.json
// (engine_data.known_words): the rules with them put back, made once per URL, so the engine,
// which prepares itself once per rules object, does so once.
const merged = new Map();

export function withKnownWords(url, knownUrl) {
  if (!merged.has(url)) {
    merged.set(url, Promise.all([jsonOnce(url), jsonOnce(knownUrl)])
      .then(([data, { known }]) => ({ ...data, known }))
      .catch((error) => {
        merged.delete(url);
        throw error;
      }));
  }
  return merged.get(url);
}
