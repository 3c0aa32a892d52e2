import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTimerUrl, presetQuery, DEFAULTS } from '../../pwa/static/js/timer/timer-presets.js';

const data = {
  muscles: { soleus: { name: 'Soleus', tip: 'Ball under the calf.', mode: 'hold', seconds: 60, strokes: 10, rest: 15, rounds: 2, sides: true } },
  routines: { jaw: { title: 'Jaw', rest: 10, steps: [] } },
};

test('a clean URL gives its preset and no notes', () => {
  const r = readTimerUrl('?hold=60&rest=10&rounds=3', data);
  assert.deepEqual(r.notes, []);
  assert.deepEqual(r.preset, { ...DEFAULTS, seconds: 60, rest: 10, rounds: 3 });
});

test('out of range values are clamped with a note', () => {
  const r = readTimerUrl('?hold=600&rounds=0&rest=-3', data);
  assert.equal(r.preset.seconds, 90);
  assert.equal(r.preset.rounds, 1);
  assert.equal(r.preset.rest, DEFAULTS.rest);
  assert.equal(r.notes.length, 3);
  assert.match(r.notes[0], /Hold set to 90/);
});

test('garbage falls back to defaults, with a note, never an error', () => {
  for (const junk of ['?hold=abc', '?hold=%00', '?rounds=1e9', '?sides=maybe', '?mode=<script>', '?hold=12.5']) {
    const r = readTimerUrl(junk, data);
    assert.equal(r.kind, 'preset');
    assert.equal(r.notes.length, 1, junk);
  }
  assert.equal(readTimerUrl('?hold=' + 'x'.repeat(5000), data).notes[0].length < 80, true);
});

test('a muscle preset and an unknown muscle', () => {
  const r = readTimerUrl('?muscle=soleus', data);
  assert.equal(r.muscleSlug, 'soleus');
  assert.equal(r.preset.seconds, 60);
  const unknown = readTimerUrl('?muscle=nope', data);
  assert.equal(unknown.muscleSlug, null);
  assert.equal(unknown.notes.length, 1);
});

test('routines by slug, and an unknown routine falls back', () => {
  assert.equal(readTimerUrl('?routine=jaw', data).kind, 'routine');
  const r = readTimerUrl('?routine=../../etc', data);
  assert.equal(r.kind, 'preset');
  assert.equal(r.notes.length, 1);
});

test('strokes mode and a one-sided preset round-trip through the query string', () => {
  const r = readTimerUrl('?strokes=12&sides=one', data);
  assert.equal(r.preset.mode, 'strokes');
  assert.equal(r.preset.seconds, 48);
  assert.equal(r.preset.sides, false);
  assert.deepEqual(readTimerUrl(presetQuery(r.preset), data).preset, r.preset);
});

test('prototype names are not muscles or routines', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    const muscle = readTimerUrl(`?muscle=${name}`, data);
    assert.deepEqual([muscle.kind, muscle.muscleSlug, muscle.preset], ['preset', null, DEFAULTS], name);
    assert.match(muscle.notes[0], /muscle was not found/);
    const routine = readTimerUrl(`?routine=${name}`, data);
    assert.equal(routine.kind, 'preset', name);
    assert.match(routine.notes[0], /routine was not found/);
  }
});

test('huge, negative and non-finite numbers are clamped or ignored with a note', () => {
  assert.equal(readTimerUrl('?hold=99999999999', data).preset.seconds, 90);
  assert.equal(readTimerUrl('?hold=' + '9'.repeat(4000), data).preset.seconds, 90);
  for (const junk of ['1e308', 'Infinity', 'NaN', '-5', '0x10', '']) {
    const r = readTimerUrl(`?rounds=${junk}`, data);
    assert.equal(r.preset.rounds, DEFAULTS.rounds, junk);
    assert.equal(r.notes.length, junk === '' ? 0 : 1, junk);
  }
});

test('a quoted value in a note is short, without control characters or half an emoji', () => {
  const r = readTimerUrl('?mode=' + encodeURIComponent('\u0000\u0007ab\u202e' + '😀'.repeat(30)), data);
  assert.equal(r.notes[0], `Ignored mode "ab${'😀'.repeat(18)}…": use hold or strokes.`);
});

test('a parameter given twice uses the first, and says so', () => {
  const r = readTimerUrl('?hold=30&hold=60&muscle=nope&muscle=soleus', data);
  assert.equal(r.preset.seconds, 30);
  assert.equal(r.notes.filter((n) => /more than once/.test(n)).length, 2);
});
