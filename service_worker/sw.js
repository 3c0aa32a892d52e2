/* Trigger Point Guide service worker.
 * The build (`flask build`, pwa/build_tools/precache.py) replaces the one placeholder below with the
 * precache manifest: every page, bundle and icon of this release with the SHA-256 of its bytes.
 * Pages are listed as the frame they all share (the shell, once) and each page's own part; the
 * worker composes the two when it answers a navigation (pwa/shell_parts.py says how).
 */
const { version: VERSION, entries: PRECACHE, packs: PACKS } = __PRECACHE_MANIFEST__;

const PREFIX = 'tpg-precache-';
const CACHE = PREFIX + VERSION;
const OFFLINE_URL = '/offline';
const SHELL_URL = '/_shell';
const PART_PREFIX = '/_part';
// Each cached response carries the revision of its bytes, so the next install can tell what it
// already has: the record travels with the bytes it describes, in whichever older cache holds
// them, and cannot disagree with them the way a separate list could.
const REVISION_HEADER = 'X-Precache-Revision';

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the page asks (never mid-timer).
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(removeOldCaches().then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
  // A page that became a client just after activation's claim (it was loading then) asks.
  if (event.data && event.data.type === 'CLAIM') event.waitUntil(self.clients.claim());
  if (event.data && event.data.type === 'GET_VERSION' && event.ports[0]) {
    event.ports[0].postMessage({ version: VERSION });
  }
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(url));
  } else {
    event.respondWith(fromCacheOrNetwork(request));
  }
});

// Install: each entry is taken from this version's own cache (an earlier attempt that was cut
// off kept what it had verified), else copied from an older version's cache when its revision
// is unchanged, else fetched: in a pack when none of the pack's entries is had yet (a first
// install: a few requests instead of ~150, see pwa/build_tools/precache.py build_packs), one by one
// otherwise. Every entry is checked against its revision and stored the moment it is; if the
// install fails, the cache stays (it is named for this version, which no worker serves from
// yet) and the next attempt fetches only the rest. The old version keeps serving meanwhile.
async function precache() {
  const cache = await caches.open(CACHE);
  const older = await olderCaches();
  const missing = new Map();
  await Promise.all(
    PRECACHE.map(async (entry) => {
      if (await has(cache, entry)) return;
      const copy = await copyFromOlder(older, entry);
      if (copy) await put(cache, entry.url, copy);
      else missing.set(entry.url, entry);
    }),
  );
  const packs = (PACKS || []).filter((pack) => pack.urls.every((url) => missing.has(url)));
  const packed = new Set(packs.flatMap((pack) => pack.urls));
  const alone = [...missing.values()].filter((entry) => !packed.has(entry.url));
  // Every fetch runs to its end before the install fails, so all that can be kept is kept.
  const outcomes = await Promise.allSettled([
    ...packs.map((pack) => unpack(cache, pack, missing)),
    ...alone.map(async (entry) => put(cache, entry.url, await fetchChecked(entry))),
  ]);
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}

async function has(cache, { url, revision }) {
  const cached = await cache.match(url);
  return Boolean(cached) && cached.headers.get(REVISION_HEADER) === revision;
}

// A full storage quota fails the install; the page says so (shell/worker-updates.js), once per attempt.
let toldStorageFull = false;

async function put(cache, url, response) {
  try {
    await cache.put(url, response);
  } catch (error) {
    if (error && error.name === 'QuotaExceededError' && !toldStorageFull) {
      toldStorageFull = true;
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of windows) client.postMessage({ type: 'STORAGE_FULL' });
    }
    throw error;
  }
}

// A pack is read as it arrives: one line of JSON, [[url, revision, length, headers], ...], then
// the entries' bytes in that order. Each entry is stored as soon as its bytes are in and hash to
// the revision this worker lists for it. A pack that cannot be had (a server without packs, a
// static copy that left them out) leaves its entries to be fetched one by one.
async function unpack(cache, pack, missing) {
  const response = await fetch(pack.url, { cache: 'reload', credentials: 'same-origin' });
  if (!response.ok || response.redirected || !response.body) {
    await Promise.all(pack.urls.map(async (url) => put(cache, url, await fetchChecked(missing.get(url)))));
    return;
  }
  const reader = response.body.getReader();
  const stored = [];
  let buffer = new Uint8Array(0);
  let index = null;
  let next = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffer = joined(buffer, value);
    if (index === null && buffer.indexOf(10) >= 0) {
      const end = buffer.indexOf(10);
      index = JSON.parse(new TextDecoder().decode(buffer.subarray(0, end)));
      buffer = buffer.slice(end + 1);
    }
    while (index && next < index.length && buffer.length >= index[next][2]) {
      const [url, revision, length, headers] = index[next++];
      const body = buffer.slice(0, length);
      buffer = buffer.slice(length);
      const digest = await sha256(body);
      if (missing.get(url)?.revision !== revision || digest !== revision) {
        throw new Error(`precache: ${url} in ${pack.url} is not the bytes of this release`);
      }
      const entryHeaders = new Headers(headers);
      entryHeaders.set(REVISION_HEADER, revision);
      stored.push(put(cache, url, new Response(body, { status: 200, headers: entryHeaders })));
    }
    if (done) break;
  }
  if (!index || next < index.length) throw new Error(`precache: ${pack.url} ended early`);
  await Promise.all(stored);
}

function joined(a, b) {
  const both = new Uint8Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
}

async function olderCaches() {
  const names = await caches.keys();
  return Promise.all(
    names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.open(name)),
  );
}

async function copyFromOlder(older, { url, revision }) {
  for (const cache of older) {
    const cached = await cache.match(url);
    if (!cached) continue;
    const known = cached.headers.get(REVISION_HEADER);
    if (known === revision) return cached;
    if (known === null) {
      // Cached by a worker that did not record revisions yet: its bytes tell.
      const body = await cached.arrayBuffer();
      if ((await sha256(body)) === revision) return withRevision(cached, body, revision);
    }
  }
  return null;
}

// `cache: 'reload'` skips the HTTP cache. The bytes must hash to the revision the build wrote:
// during a rolling deploy a server still on the old release can answer, or a proxy can rewrite a
// page, and a cache mixing releases would break in ways no one could reproduce.
async function fetchChecked({ url, revision }) {
  const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
  if (!response.ok || response.redirected) {
    throw new Error(`precache: ${url} answered ${response.status}${response.redirected ? ' after a redirect' : ''}`);
  }
  const body = await response.arrayBuffer();
  const digest = await sha256(body);
  if (digest !== revision) {
    throw new Error(`precache: ${url} is not the bytes of this release (${digest}, expected ${revision})`);
  }
  return withRevision(response, body, revision);
}

// A fresh response holding the decoded bytes: never marked redirected, and labelled with its
// revision. The encoding headers described the bytes on the wire, not these.
function withRevision(response, body, revision) {
  const headers = new Headers(response.headers);
  headers.delete('Content-Encoding');
  headers.delete('Content-Length');
  headers.set(REVISION_HEADER, revision);
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function removeOldCaches() {
  const names = await caches.keys();
  // Only our own caches: other apps on this origin keep theirs.
  await Promise.all(
    names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
  );
}

// Pages: the precached copy of the path (its query, e.g. /timer?hold=60, is read by the page),
// then the network for anything new, then the offline page.
async function navigate(url) {
  const cache = await caches.open(CACHE);
  const cached =
    (await cachedPage(cache, url.pathname)) ||
    (!url.pathname.endsWith('/') && (await cachedPage(cache, url.pathname + '/')));
  if (cached) return cached;
  try {
    return cleanNavigationResponse(await fetch(url.href));
  } catch {
    return (await cachedPage(cache, OFFLINE_URL)) || Response.error();
  }
}

// The page at `path` from the cached shell and the path's cached part: the same bytes the
// server sends for the whole page (the build checks that for every page), with the shell's
// headers, which are a page's headers (content type, CSP and the other security headers).
async function cachedPage(cache, path) {
  const part = await cache.match(PART_PREFIX + path);
  const shell = part && (await cache.match(SHELL_URL));
  if (!shell) return null;
  const headers = new Headers(shell.headers);
  headers.delete(REVISION_HEADER);
  headers.delete('ETag');
  return new Response(compose(await shell.text(), await part.text()), { status: 200, headers });
}

// The shell's frame with each `<!--slot:NAME-->` filled from the part, which holds each slot's
// value after its marker (a slot the part leaves out gets the fragment `default-NAME`, or
// nothing), and each `<!--frag:NAME-->` in the part replaced by that fragment from the shell's
// table after `<!--fragments-->`. Kept identical to pwa/shell_parts.py compose (tests/test_parts.py
// runs both on every page).
function compose(shell, part) {
  const at = shell.indexOf('<!--fragments-->');
  const frame = at < 0 ? shell : shell.slice(0, at);
  const fragments = named(at < 0 ? '' : shell.slice(at + '<!--fragments-->'.length), 'frag');
  const values = named(part, 'slot');
  const valueOf = (name) => (values.has(name) ? values.get(name) : fragments.get(`default-${name}`) ?? '');
  const fill = (_, name) =>
    valueOf(name).replace(/<!--frag:([a-z0-9-]+)-->/g, (__, f) => fragments.get(f) ?? '');
  return frame.replace(/<!--slot:([a-z0-9-]+)-->/g, fill);
}

function named(text, kind) {
  const pieces = text.split(new RegExp(`<!--${kind}:([a-z0-9-]+)-->`));
  const values = new Map();
  for (let i = 1; i < pieces.length; i += 2) values.set(pieces[i], pieces[i + 1]);
  return values;
}

// A navigation answered with a redirected response is refused by the browser (a network error
// page): the body is copied into a fresh response, as Workbox's copyResponse does.
function cleanNavigationResponse(response) {
  if (!response.redirected) return response;
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

async function fromCacheOrNetwork(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  return cached || fetch(request);
}

// The "session done" notification opens the timer again (or focuses it if it is open).
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).pathname === '/timer') || windows[0];
      return open ? open.focus() : self.clients.openWindow('/timer');
    }),
  );
});
