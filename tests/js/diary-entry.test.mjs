import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntry, painValue, noteValue, savedMessage } from '../../pwa/static/js/diary/diary-entry.js';
import { validEntry } from '../../pwa/static/js/diary/diary-store.js';

const now = Date.UTC(2026, 10, 5, 8, 30);
const summary = { seconds: 310, points: 6, workSeconds: 270 };

test('a routine, a muscle preset and the plain timer each make a valid entry', () => {
  const routine = buildEntry({ id: 's-1', source: { kind: 'routine', slug: 'jaw' }, title: 'Jaw and face', summary, painBefore: 6, now });
  assert.deepEqual(routine, { id: 's-1', date: '2026-11-05T08:30:00.000Z', kind: 'routine', slug: 'jaw',
    title: 'Jaw and face', seconds: 310, points: 6, painBefore: 6, painAfter: null, note: '' });
  const muscle = buildEntry({ id: 's-2', source: { kind: 'preset', preset: {}, muscleSlug: 'soleus' }, title: 'Soleus', summary, now });
  assert.deepEqual([muscle.kind, muscle.slug, muscle.painBefore], ['muscle', 'soleus', null]);
  const plain = buildEntry({ id: 's-3', source: { kind: 'preset', preset: {}, muscleSlug: null }, title: 'Self-massage timer', summary, now });
  assert.deepEqual([plain.kind, plain.slug], ['custom', null]);
  for (const e of [routine, muscle, plain]) assert.equal(validEntry(e), true);
});

test('a pain rating is a whole number from 0 to 10, or not rated', () => {
  assert.equal(painValue('0'), 0);
  assert.equal(painValue('10'), 10);
  assert.equal(painValue(7), 7);
  for (const bad of ['', null, undefined, '11', '-1', '3.5', 'NaN', 'Infinity', '1e308', 'constructor']) {
    assert.equal(painValue(bad), null, String(bad));
  }
  assert.equal(buildEntry({ id: 'x', source: { kind: 'routine', slug: 'jaw' }, title: 'J', summary, painBefore: 99, now }).painBefore, null);
});

test('a note is trimmed and kept within the limit', () => {
  assert.equal(noteValue('  looser  '), 'looser');
  assert.equal(noteValue('x'.repeat(1200)).length, 1000);
  assert.equal(noteValue(undefined), '');
});

test('the words for a save say "saved" only when it was', () => {
  assert.equal(savedMessage({ ok: true }, 'Pain rating'), 'Pain rating saved.');
  assert.match(savedMessage({ ok: false, reason: 'quota' }), /^Not saved: .*storage is full/);
  assert.match(savedMessage({ ok: false, reason: 'unavailable' }), /^Not saved/);
  assert.match(savedMessage({ ok: false, reason: 'unreadable' }), /^Not saved/);
});
