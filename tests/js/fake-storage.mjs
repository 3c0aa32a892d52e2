// A stand-in for localStorage in Node: a Map, with an optional size limit that throws the way a
// full quota does in browsers.
export function fakeStorage(limit = Infinity) {
  const data = new Map();
  globalThis.localStorage = {
    getItem: (k) => (data.has(k) ? data.get(k) : null),
    setItem: (k, v) => {
      if (v.length > limit) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      data.set(k, String(v));
    },
    removeItem: (k) => data.delete(k),
  };
  return data;
}
