import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeStorage } from './fake-storage.mjs';
import {
  readStarred, setStarred, isStarred, readRecentMuscles, noteMuscleViewed, MAX_RECENT, MAX_STARRED,
} from '../../pwa/static/js/home/keep-store.js';
import { pickContinue } from '../../pwa/static/js/home/continue-pick.js';

test('stars are kept per kind, newest first, and unstarred', () => {
  fakeStorage();
  assert.deepEqual(readStarred(), { muscles: [], routines: [] });
  assert.deepEqual(setStarred('muscles', 'soleus', true), { ok: true, starred: true });
  setStarred('muscles', 'masseter', true);
  setStarred('routines', 'jaw', true);
  assert.deepEqual(readStarred(), { muscles: ['masseter', 'soleus'], routines: ['jaw'] });
  setStarred('muscles', 'soleus', false);
  assert.equal(isStarred('muscles', 'soleus'), false);
  assert.equal(isStarred('routines', 'jaw'), true);
  assert.equal(setStarred('__proto__', 'jaw', true).ok, false);
  assert.equal(setStarred('muscles', '../x', true).ok, false);
});

test('damaged storage reads as nothing and never throws', () => {
  const data = fakeStorage();
  for (const raw of ['{oops', 'null', '7', '"soleus"', '{"__proto__": ["soleus"]}',
    '{"muscles": [1, null, {}, "Bad Slug", "constructor", "soleus", "soleus"]}']) {
    data.set('tpg.starred.v1', raw);
    data.set('tpg.recent-muscles.v1', raw);
    const starred = readStarred();
    assert.deepEqual(starred.routines, []);
    assert.ok(starred.muscles.every((s) => ['constructor', 'soleus'].includes(s)));
    assert.ok(Array.isArray(readRecentMuscles()));
  }
  assert.equal(setStarred('muscles', 'masseter', true).ok, true); // a damaged value is replaced
});

test('a full quota or a full list is reported, not thrown', () => {
  fakeStorage(5);
  assert.deepEqual(setStarred('muscles', 'soleus', true), { ok: false, reason: 'quota' });
  fakeStorage();
  for (let i = 0; i < MAX_STARRED; i += 1) setStarred('muscles', `m${i}`, true);
  assert.deepEqual(setStarred('muscles', 'one-more', true), { ok: false, reason: 'full' });
});

test('recently viewed: newest first, no repeats, a few only', () => {
  fakeStorage();
  for (const slug of ['a', 'b', 'a', 'c', 'd', 'e', 'f', 'g']) noteMuscleViewed(slug);
  assert.deepEqual(readRecentMuscles(), ['g', 'f', 'e', 'd', 'c'].slice(0, MAX_RECENT));
});

const data = { routines: { jaw: { title: 'Jaw' } }, muscles: { soleus: { name: 'Soleus' } } };
const entry = (fields) => ({ kind: 'routine', slug: 'jaw', title: 'Jaw', ...fields });

test('continue: the session in progress, else the newest routine in the diary', () => {
  const now = 1_000_000_000_000;
  const running = { source: { kind: 'routine', slug: 'jaw' }, savedAt: now - 1000 };
  assert.deepEqual(pickContinue({ running, entries: [], ownRoutines: [], data, now }),
    { title: 'Jaw', query: '' });
  const preset = { source: { kind: 'preset', muscleSlug: 'soleus' }, savedAt: now };
  assert.deepEqual(pickContinue({ running: preset, entries: [], ownRoutines: [], data, now }),
    { title: 'Soleus', query: '' });
  const stale = { ...running, savedAt: now - 13 * 3600 * 1000 };
  const own = [{ id: 'rabcd', title: 'Homework' }];
  const entries = [entry({}), entry({ slug: null, title: 'Homework' }), { kind: 'muscle', slug: 'soleus' }];
  assert.deepEqual(pickContinue({ running: stale, entries, ownRoutines: own, data, now }),
    { title: 'Homework', query: '?own=rabcd' });
  assert.deepEqual(pickContinue({ running: null, entries: entries.slice(0, 1), ownRoutines: [], data, now }),
    { title: 'Jaw', query: '?routine=jaw' });
});

test('continue: names that exist only, hostile values ignored', () => {
  const hostile = [null, 7, 'x', { source: 'x' }, { source: { kind: 'routine', slug: 'constructor' }, savedAt: Date.now() },
    { source: { kind: 'routine', slug: 'own:rnope' }, savedAt: Date.now() }];
  for (const running of hostile) {
    const entries = [entry({ slug: '__proto__' }), entry({ slug: null, title: 'Gone' }), null];
    assert.equal(pickContinue({ running, entries, ownRoutines: [], data }), null);
  }
});
