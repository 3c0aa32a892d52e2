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
