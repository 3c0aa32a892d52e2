import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  validRoutine, loadRoutines, readRoutines, runnableRoutines,
  MAX_TITLE, TRIAL_ID,
} from '../../pwa/static/js/routines/routine-model.js';
import {
  putRoutine, removeRoutine, restoreRoutine, duplicateRoutine, newRoutineId, saveTrial, copyTitle,
  toRows, fromRows, stepCount,
} from '../../pwa/static/js/routines/routine-store.js';
import { readTimerUrl } from '../../pwa/static/js/timer/timer-presets.js';
import { routineCautions } from '../../pwa/static/js/routines/routine-extras-view.js';

const KEY = 'tpg.routines.v1';

function fakeStorage(limit = Infinity) {
  const data = new Map();
  globalThis.localStorage = {
    getItem: (k) => (data.has(k) ? data.get(k) : null),
    setItem: (k, v) => {
      if (v.length > limit) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      data.set(k, v);
    },
    removeItem: (k) => data.delete(k),
  };
}

const muscles = {
  'upper-trapezius': { name: 'Upper trapezius', tip: 'Pinch and hold.', cautions: ['Front of the neck'] },
  soleus: { name: 'Soleus', tip: 'Ball under the calf.', cautions: ['Clots', 'Blood thinners'] },
  gastrocnemius: { name: 'Gastrocnemius', tip: 'Roll slowly.', cautions: ['Blood thinners', 'Back of the knee'] },
};

const routine = (n, extra = {}) => ({
  id: `rtest${n}`, title: `Homework ${n}`, note: 'Twice a day.', rest: 10, updated: 1,
  steps: [
    { muscle: 'upper-trapezius', side: 'left', mode: 'hold', seconds: 60 },
    { muscle: 'upper-trapezius', side: 'right', mode: 'hold', seconds: 60 },
    { muscle: 'soleus', side: 'none', mode: 'strokes', seconds: 40, strokes: 10 },
  ],
  ...extra,
});

test('a routine is checked field by field', () => {
  assert.equal(validRoutine(routine(1)), true);
  assert.equal(validRoutine(routine(1, { id: '__proto__' })), false);
  assert.equal(validRoutine(routine(1, { title: ' ' })), false);
  assert.equal(validRoutine(routine(1, { title: 'x'.repeat(MAX_TITLE + 1) })), false);
  assert.equal(validRoutine(routine(1, { note: 'x'.repeat(281) })), false);
  assert.equal(validRoutine(routine(1, { rest: 61 })), false);
  assert.equal(validRoutine(routine(1, { steps: [] })), false);
  assert.equal(validRoutine(routine(1, { steps: [{ muscle: 'soleus', side: 'both', mode: 'hold', seconds: 30 }] })), false);
  assert.equal(validRoutine(routine(1, { steps: [{ muscle: 'soleus', side: 'none', mode: 'hold', seconds: 91 }] })), false);
  assert.equal(validRoutine(routine(1, { steps: [{ muscle: 'soleus', side: 'none', mode: 'strokes', seconds: 90, strokes: 10 }] })), false);
  assert.equal(validRoutine(routine(1, { steps: Array(21).fill(routine(1).steps[0]) })), false);
  assert.equal(validRoutine(null), false);
  assert.equal(validRoutine([routine(1)]), false);
});

test('new ids are saved-routine ids, never the trial slot', () => {
  const id = newRoutineId(1_700_000_000_000);
  assert.equal(validRoutine(routine(1, { id })), true);
  assert.notEqual(id, TRIAL_ID);
});

test('save, replace in place, and load', () => {
  fakeStorage();
  assert.deepEqual(putRoutine(routine(1)), { ok: true });
  assert.deepEqual(putRoutine(routine(2)), { ok: true });
  assert.deepEqual(putRoutine(routine(1, { title: 'Renamed' })), { ok: true });
  assert.deepEqual(loadRoutines().map((r) => r.title), ['Renamed', 'Homework 2']);
  assert.deepEqual(putRoutine({ ...routine(3), steps: 'nope' }), { ok: false, reason: 'invalid' });
});

test('a full quota is reported, not thrown, and nothing is lost', () => {
  fakeStorage();
  putRoutine(routine(1));
  const before = localStorage.getItem(KEY);
  globalThis.localStorage.setItem = () => {
    throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
  };
  assert.deepEqual(putRoutine(routine(2)), { ok: false, reason: 'quota' });
  assert.deepEqual(duplicateRoutine('rtest1'), { ok: false, reason: 'quota' });
  assert.equal(localStorage.getItem(KEY), before);
});

test('damaged entries are left out, and their ids are known', () => {
  fakeStorage();
  localStorage.setItem(KEY, JSON.stringify([routine(1), { id: 'rbroken1', steps: 5 }, 7, routine(1)]));
  const { routines, damaged } = readRoutines();
  assert.deepEqual(routines.map((r) => r.id), ['rtest1']);
  assert.deepEqual(damaged, ['rbroken1', '?', 'rtest1']);
  localStorage.setItem(KEY, '{"not": "a list"}');
  assert.deepEqual(readRoutines(), { routines: [], damaged: ['?'] });
  localStorage.setItem(KEY, 'not json');
  assert.deepEqual(readRoutines(), { routines: [], damaged: [] });
});

test('delete, then undo puts it back where it was', () => {
  fakeStorage();
  for (const n of [1, 2, 3]) putRoutine(routine(n));
  const removed = removeRoutine('rtest2');
  assert.equal(removed.ok, true);
  assert.equal(removed.index, 1);
  assert.deepEqual(loadRoutines().map((r) => r.id), ['rtest1', 'rtest3']);
  assert.deepEqual(restoreRoutine(removed.routine, removed.index), { ok: true });
  assert.deepEqual(loadRoutines().map((r) => r.id), ['rtest1', 'rtest2', 'rtest3']);
  assert.deepEqual(removeRoutine('rmissing'), { ok: false, reason: 'missing' });
});

test('duplicate puts a renamed copy just after the original', () => {
  fakeStorage();
  putRoutine(routine(1));
  putRoutine(routine(2));
  const copy = duplicateRoutine('rtest1', 1_700_000_000_000);
  assert.equal(copy.ok, true);
  assert.deepEqual(loadRoutines().map((r) => r.title), ['Homework 1', 'Copy of Homework 1', 'Homework 2']);
  assert.equal(copyTitle('x'.repeat(MAX_TITLE)).length, MAX_TITLE);
});

test('the timer gets runnable routines by id, and null for damaged ones', () => {
  fakeStorage();
  localStorage.setItem(KEY, JSON.stringify([
    routine(1),
    routine(2, { steps: [{ muscle: 'gone-muscle', side: 'none', mode: 'hold', seconds: 30 }] }),
    { id: 'rbroken1' },
  ]));
  const own = runnableRoutines(muscles);
  assert.equal(own.get('rtest1').steps[0].instruction, 'Pinch and hold.');
  assert.equal(own.get('rtest2'), null);
  assert.equal(own.get('rbroken1'), null);
  assert.equal(own.has('constructor'), false);
});

test('a tried routine runs as "trial" without joining the list', () => {
  fakeStorage();
  assert.deepEqual(saveTrial(routine(1)), { ok: true });
  assert.deepEqual(loadRoutines(), []);
  assert.equal(runnableRoutines(muscles).get(TRIAL_ID).title, 'Homework 1');
});

test('?own= opens an own routine, and says why when it cannot', () => {
  fakeStorage();
  putRoutine(routine(1));
  localStorage.setItem(KEY, JSON.stringify([...JSON.parse(localStorage.getItem(KEY)), { id: 'rbroken1' }]));
  const own = runnableRoutines(muscles);
  const data = { muscles, routines: {} };
  const found = readTimerUrl('?own=rtest1', data, own);
  assert.equal(found.kind, 'routine');
  assert.equal(found.slug, 'own:rtest1'); // the timer adds own routines to its data under this slug
  for (const [query, note] of [['?own=rnothere', /not on this device/], ['?own=rbroken1', /damaged/],
    ['?own=__proto__', /not on this device/], ['?own=constructor', /not on this device/]]) {
    const result = readTimerUrl(query, data, own);
    assert.equal(result.kind, 'preset', query);
    assert.match(result.notes.join(' '), note, query);
  }
  assert.equal(readTimerUrl('?hold=30', data).kind, 'preset');
});

test('rows: a left then right step of the same dose is one "both sides" row', () => {
  const steps = routine(1).steps;
  const rows = toRows(steps);
  assert.deepEqual(rows.map((r) => r.side), ['both', 'none']);
  assert.deepEqual(fromRows(rows), steps);
  assert.equal(stepCount(rows), 3);
  const uneven = [{ ...steps[0] }, { ...steps[1], seconds: 30 }];
  assert.deepEqual(toRows(uneven).map((r) => r.side), ['left', 'right']);
});

test('cautions of every pressed muscle, each once, in order', () => {
  const r = routine(1, { steps: [...routine(1).steps,
    { muscle: 'gastrocnemius', side: 'none', mode: 'hold', seconds: 30 },
    { muscle: 'constructor', side: 'none', mode: 'hold', seconds: 30 }] });
  assert.deepEqual(routineCautions(r, muscles),
    ['Front of the neck', 'Clots', 'Blood thinners', 'Back of the knee']);
});

test('a step note and a "from" line are saved, read back and given to the timer', () => {
  fakeStorage();
  const routine = {
    id: 'rnotes1', title: 'Homework', note: '', from: 'Eastside Physio', rest: 10, updated: 1,
    steps: [{ muscle: 'soleus', side: 'none', mode: 'hold', seconds: 30, note: 'Knee bent' }],
  };
  assert.equal(putRoutine(routine).ok, true);
  assert.deepEqual(loadRoutines(), [routine]);
  const runnable = runnableRoutines(muscles).get('rnotes1');
  assert.equal(runnable.steps[0].note, 'Knee bent');
  assert.equal(runnable.steps[0].instruction, 'Ball under the calf.');
  assert.equal(validRoutine({ ...routine, from: 'x'.repeat(61) }), false);
  assert.equal(validRoutine({ ...routine, steps: [{ ...routine.steps[0], note: 'x'.repeat(81) }] }), false);
  assert.equal(validRoutine({ ...routine, steps: [{ ...routine.steps[0], note: 7 }] }), false);
  // Sides with the same note are one row in the builder; different notes are two.
  const both = [{ ...routine.steps[0], side: 'left' }, { ...routine.steps[0], side: 'right' }];
  assert.equal(toRows(both).length, 1);
  assert.equal(toRows([both[0], { ...both[1], note: 'Other' }]).length, 2);
});
