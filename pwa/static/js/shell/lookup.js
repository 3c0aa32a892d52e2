// Keys from a URL, storage or an imported file can be anything, including "constructor" or
// "__proto__", which a bare `object[key]` finds on Object.prototype. Look keys up only here.

export function own(object, key) {
  if (object === null || typeof object !== 'object' || typeof key !== 'string') return undefined;
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

// A plain object (not an array, not null), as JSON.parse gives for `{...}`.
export function isRecord(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
