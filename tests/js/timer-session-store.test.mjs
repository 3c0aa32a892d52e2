import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkRunning, loadRunning, saveRunning, runningRecord, RESTORE_NOTES, RESTORE_WITHIN_MS,
} from '../../pwa/static/js/timer/timer-session-store.js';
import { planOf, checkSource, cautionsOf, sourceName } from '../../pwa/static/js/timer/timer-source.js';
import { startSession, pauseSession, skipStep, totalMs } from '../../pwa/static/js/engines/timer-core.js';
import { fakeStorage } from './fake-storage.mjs';

const data = {
  muscles: {
    soleus: { name: 'Soleus', tip: 'Ball under the calf.', mode: 'hold', seconds: 60, strokes: 10, rest: 15, rounds: 1, sides: true,
      cautions: ['Not on a swollen calf.', 42, '  ', 'Stop if it tingles.'] },
    masseter: { name: 'Masseter', tip: 'Fingertips.', mode: 'strokes', seconds: 40, strokes: 10, rest: 10, rounds: 1, sides: true },
  },
  routines: {
    jaw: { title: 'Jaw and face', rest: 10, steps: [
      { muscle: 'masseter', side: 'left', mode: 'hold', seconds: 30, instruction: 'Left jaw.' },
      { muscle: 'masseter', side: 'right', mode: 'hold', seconds: 30, instruction: 'Right jaw.' },
    ] },
  },
};
const preset = { mode: 'hold', seconds: 60, strokes: 10, rest: 15, rounds: 1, sides: true };
const T0 = Date.UTC(2026, 10, 5, 8, 0);

// A record as the page writes it, `seconds` after the start, changed by `edit`.
function record(source = { kind: 'preset', preset, muscleSlug: 'soleus' }, edit = (r) => r, at = T0 + 5000) {
  const session = startSession(planOf(source, data), T0);
  return edit(JSON.parse(JSON.stringify(runningRecord({ id: 's-abc', source, session, painBefore: 4 }, at))));
}

const why = (saved, now = T0 + 10000) => {
  const result = checkRunning(saved, data, now);
  return result.ok ? 'ok' : Object.keys(RESTORE_NOTES).find((k) => RESTORE_NOTES[k] === result.note) ?? result.note;
};

test('a sound record restores, with its plan rebuilt from today\'s data', () => {
  const result = checkRunning(record(), data, T0 + 10000);
  assert.equal(result.ok, true);
  assert.equal(result.running.id, 's-abc');
  assert.equal(result.running.painBefore, 4);
  assert.equal(result.running.session.startedAt, T0);
  assert.equal(totalMs(result.running.session.plan), 2 * 60000 + 15000);
  assert.equal(why(record({ kind: 'routine', slug: 'jaw' })), 'ok');
  assert.equal(why(record({ kind: 'preset', preset, muscleSlug: null })), 'ok');
});

test('a paused and skipped session restores as it was', () => {
  const source = { kind: 'routine', slug: 'jaw' };
  let session = startSession(planOf(source, data), T0);
  session = skipStep(session, T0 + 1000);
  session = pauseSession(session, T0 + 2000);
  const saved = JSON.parse(JSON.stringify(runningRecord({ id: 's-1', source, session, painBefore: null }, T0 + 2000)));
  const result = checkRunning(saved, data, T0 + 60000);
  assert.equal(result.ok, true);
  assert.equal(result.running.session.pausedAt, T0 + 2000);
  assert.equal(result.running.session.skippedMs, 29000);
});

test('nothing stored is no note; anything not a record is damaged', () => {
  assert.deepEqual(checkRunning(null, data, T0), { ok: false, note: null });
  for (const junk of [0, 'x', [], true, { v: 2 }, { v: 1 }, { v: 1, session: [] }]) assert.equal(why(junk), 'damaged', JSON.stringify(junk));
});

test('a muscle or routine that is gone, or a prototype name, is not restored', () => {
  assert.equal(why(record({ kind: 'preset', preset, muscleSlug: 'old-name' })), 'muscle');
  assert.equal(why(record({ kind: 'routine', slug: 'jaw' }, (r) => ({ ...r, source: { kind: 'routine', slug: 'renamed' } }))), 'routine');
  for (const slug of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    assert.equal(why(record({ kind: 'preset', preset, muscleSlug: 'soleus' }, (r) => ({ ...r, source: { ...r.source, muscleSlug: slug } }))), 'muscle', slug);
    assert.equal(why(record({ kind: 'routine', slug: 'jaw' }, (r) => ({ ...r, source: { kind: 'routine', slug } }))), 'routine', slug);
  }
  assert.equal(why(record(undefined, (r) => ({ ...r, source: { kind: 'other' } }))), 'damaged');
  assert.equal(why(record(undefined, (r) => ({ ...r, source: { kind: 'routine', slug: 42 } }))), 'routine');
});

test('preset numbers must be whole and in range', () => {
  for (const [field, value] of [['seconds', 1e308], ['seconds', 5], ['rounds', 0], ['rounds', 2.5], ['rest', -5],
    ['strokes', 99999999999], ['mode', 'sideways'], ['sides', 'yes'], ['seconds', null]]) {
    const saved = record(undefined, (r) => ({ ...r, source: { ...r.source, preset: { ...r.source.preset, [field]: value } } }));
    assert.equal(why(saved), 'damaged', `${field}=${value}`);
  }
});

test('timestamps must be finite and in order', () => {
  const session = (changes) => (r) => ({ ...r, session: { ...r.session, ...changes } });
  const cases = [
    [session({ startedAt: 'soon' }), 'damaged'],
    [session({ startedAt: null }), 'damaged'],
    [session({ pausedMs: -1 }), 'damaged'],
    [session({ pausedMs: 10 ** 12 }), 'damaged'],
    [session({ skippedMs: -1 }), 'damaged'],
    [session({ skippedMs: 10 ** 9 }), 'damaged'],
    [session({ pausedAt: T0 - 1 }), 'damaged'],
    [session({ pausedAt: 'then' }), 'damaged'],
    [session({ startedAt: 1000 }), 'damaged'],
    [(r) => ({ ...r, savedAt: T0 - 1 }), 'damaged'],
    [(r) => ({ ...r, savedAt: Number.NaN }), 'damaged'],
    [session({ startedAt: T0 + 3_600_000 }), 'clock'],
  ];
  for (const [edit, expected] of cases) assert.equal(why(record(undefined, edit)), expected, edit.toString());
  // JSON turns NaN and Infinity into null.
  assert.equal(why(JSON.parse(JSON.stringify(record(undefined, session({ pausedMs: Infinity }))))), 'damaged');
});

test('a session older than 12 hours is cleared with a note', () => {
  assert.equal(why(record(), T0 + 5000 + RESTORE_WITHIN_MS), 'old');
  assert.equal(why(record(), T0 + 5000 + RESTORE_WITHIN_MS - 1), 'ok');
});

test('a plan that an update changed is not restored', () => {
  const shorter = (r) => ({ ...r, session: { ...r.session, plan: r.session.plan.slice(1) } });
  assert.equal(why(record(undefined, shorter)), 'changed');
  const longer = (r) => ({ ...r, session: { ...r.session, plan: r.session.plan.map((s) => ({ ...s, ms: s.ms + 1 })) } });
  assert.equal(why(record(undefined, longer)), 'changed');
  assert.equal(why(record(undefined, (r) => ({ ...r, session: { ...r.session, plan: 'x' } }))), 'changed');
});

test('a bad "pain before" is dropped with a note; the session still restores', () => {
  for (const value of [11, -1, 2.5, '5', 'constructor']) {
    const result = checkRunning(record(undefined, (r) => ({ ...r, painBefore: value })), data, T0 + 10000);
    assert.equal(result.ok, true);
    assert.equal(result.running.painBefore, null);
    assert.equal(result.note, RESTORE_NOTES.painBefore);
  }
});

test('a record from the previous release (no id) gets one from its start time', () => {
  const { id, ...old } = record();
  const a = checkRunning(old, data, T0 + 10000);
  const b = checkRunning({ ...old, id: '../../x' }, data, T0 + 10000);
  assert.equal(a.running.id, b.running.id);
  assert.match(a.running.id, /^s-/);
});

test('loading removes a record that does not pass, and keeps one that does', () => {
  const store = fakeStorage();
  const source = { kind: 'preset', preset, muscleSlug: 'soleus' };
  saveRunning({ id: 's-1', source, session: startSession(planOf(source, data), T0), painBefore: null }, T0);
  assert.equal(loadRunning(data, T0 + 1000).ok, true);
  assert.equal(store.has('tpg.timer.running.v1'), true);
  localStorage.setItem('tpg.timer.running.v1', '{"v":1,');
  assert.equal(loadRunning(data, T0).note, RESTORE_NOTES.damaged);
  assert.equal(store.has('tpg.timer.running.v1'), false);
  assert.deepEqual(loadRunning(data, T0), { ok: false, note: null });
});

test('sources are checked against the data; cautions are optional strings', () => {
  assert.equal(checkSource({ kind: 'preset', preset, muscleSlug: 'soleus', extra: 1 }, data).source.extra, undefined);
  assert.deepEqual(cautionsOf(data, 'soleus'), ['Not on a swollen calf.', 'Stop if it tingles.']);
  assert.deepEqual(cautionsOf(data, 'masseter'), []);
  assert.deepEqual(cautionsOf(data, 'constructor'), []);
  assert.equal(sourceName({ kind: 'preset', preset, muscleSlug: 'toString' }, data), 'Self-massage timer');
});
