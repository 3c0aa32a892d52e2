import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decodeRoutine, encodeRoutine, routineSeconds, MAX_LINK, MAX_STEPS,
} from '../../pwa/static/js/engines/routine-link.js';

const muscles = {
  'upper-trapezius': { name: 'Upper trapezius' },
  'levator-scapulae': { name: 'Levator scapulae' },
  soleus: { name: 'Soleus' },
};

const homework = {
  title: 'Neck homework',
  note: 'After Tuesday\'s session.\nStop if it tingles.',
  rest: 15,
  steps: [
    { muscle: 'upper-trapezius', side: 'left', mode: 'hold', seconds: 60 },
    { muscle: 'upper-trapezius', side: 'right', mode: 'hold', seconds: 60 },
    { muscle: 'levator-scapulae', side: 'none', mode: 'strokes', strokes: 12, seconds: 48 },
  ],
};

test('a routine survives the round trip through a link', () => {
  const fragment = encodeRoutine(homework);
  const back = decodeRoutine(`#${fragment}`, muscles);
  assert.equal(back.ok, true);
  assert.deepEqual(back.notes, []);
  assert.deepEqual(back.routine, homework);
});

test('left then right of the same dose travels as one step', () => {
  assert.match(encodeRoutine(homework), /s=upper-trapezius\.b\.h60_levator-scapulae\.n\.s12$/);
});

test('a ten-step routine makes a short link', () => {
  const steps = [];
  for (let i = 0; i < 5; i += 1) {
    steps.push({ muscle: 'upper-trapezius', side: 'left', mode: 'hold', seconds: 45 });
    steps.push({ muscle: 'levator-scapulae', side: 'right', mode: 'strokes', strokes: 10, seconds: 40 });
  }
  const fragment = encodeRoutine({ title: 'Ten steps', note: '', rest: 10, steps });
  assert.ok(fragment.length < 400, fragment.length);
  assert.equal(decodeRoutine(fragment, muscles).routine.steps.length, 10);
});

test('prototype names and unknown muscles are left out, with a note', () => {
  const r = decodeRoutine('v=1&t=x&r=5&s=constructor.l.h30_proto.b.h30_toString.n.h30_soleus.n.h30', muscles);
  assert.equal(r.ok, true);
  assert.deepEqual(r.routine.steps, [{ muscle: 'soleus', side: 'none', mode: 'hold', seconds: 30 }]);
  assert.match(r.notes.join(' '), /muscle this app does not know/);
});

test('doses outside the timer rules are clamped, with a note', () => {
  const r = decodeRoutine('v=1&t=x&r=600&s=soleus.n.h9999_soleus.n.s1', muscles);
  assert.deepEqual(r.routine.steps.map((s) => s.seconds), [90, 24]);
  assert.equal(r.routine.steps[1].strokes, 6);
  assert.equal(r.routine.rest, 60);
  assert.equal(r.notes.length, 2);
});

const hostile = [
  ['', /no routine/],
  ['#', /no routine/],
  ['v=2&t=x&s=soleus.n.h30', /newer version/],
  ['v=1&t=x', /no steps/],
  ['v=1&s=soleus.x.h30_soleus.n.q30_.n.h30_soleus..h30', /no steps/],
  ['v=1&s=' + 'a'.repeat(MAX_LINK), /too long/],
  ['v=1&s=soleus.n.h%00', /no steps/],
  ['%E0%A4%A', /not a routine/],
  ['v=__proto__&s=soleus.n.h30', /not a routine/],
  ['v=1e3&s=soleus.n.h30', /not a routine/],
  ['v=0&t=x&s=soleus.n.h30', /not a routine/],
  ['__proto__=1&constructor=2&v=1', /no steps/],
  ['v=1&t=x&s=' + 'soleus.n.h30_'.repeat(320), /too long/],
];

for (const [fragment, error] of hostile) {
  test(`a broken link is refused with a clear message: ${JSON.stringify(fragment.slice(0, 40))}`, () => {
    const r = decodeRoutine(fragment, muscles);
    assert.equal(r.ok, false);
    assert.match(r.error, error);
  });
}

test('titles and notes lose control characters and are capped', () => {
  const title = encodeURIComponent(`A\u0000B\u202e${'x'.repeat(100)}`);
  const note = encodeURIComponent(`line one\u0007\n\n\n\nline two ${'y'.repeat(400)}`);
  const r = decodeRoutine(`v=1&t=${title}&o=${note}&s=soleus.n.h30`, muscles);
  assert.equal(r.routine.title.length, 60);
  assert.ok(!/[\u0000\u0007]/.test(r.routine.title + r.routine.note));
  assert.ok(r.routine.note.startsWith('line one\n\nline two'));
  assert.ok(r.routine.note.length <= 280);
});

test('no more than the step limit is kept', () => {
  const s = Array.from({ length: 15 }, () => 'soleus.b.h30').join('_');
  const r = decodeRoutine(`v=1&s=${s}`, muscles);
  assert.equal(r.routine.steps.length, MAX_STEPS);
  assert.match(r.notes.join(' '), /first 20 steps/);
});

test('a routine takes its holds plus the rests between them', () => {
  assert.equal(routineSeconds(homework), 60 + 60 + 48 + 15 * 2);
});

// --- Added later in version 1: a note per step and who the routine is from ---------------------

const withExtras = {
  title: 'Jaw homework',
  note: '',
  from: 'Dr. Lee, Eastside Physio',
  rest: 10,
  steps: [
    { muscle: 'upper-trapezius', side: 'left', mode: 'hold', seconds: 60, note: 'Lean into the wall' },
    { muscle: 'upper-trapezius', side: 'right', mode: 'hold', seconds: 60, note: 'Lean into the wall' },
    { muscle: 'soleus', side: 'none', mode: 'hold', seconds: 45 },
    { muscle: 'levator-scapulae', side: 'left', mode: 'strokes', strokes: 8, seconds: 32, note: 'Ball, not thumb' },
  ],
};

test('step notes and the "from" line survive the round trip', () => {
  const fragment = encodeRoutine(withExtras);
  assert.match(fragment, /(^|&)f=Dr\.\+Lee/);
  assert.match(fragment, /s=upper-trapezius\.b\.h60_soleus\.n\.h45_levator-scapulae\.l\.s8$/);
  const back = decodeRoutine(fragment, muscles);
  assert.equal(back.ok, true);
  assert.deepEqual(back.notes, []);
  assert.deepEqual(back.routine, withExtras);
});

test('a link from before notes and "from" existed still opens, unchanged', () => {
  const old = 'v=1&t=Neck+homework&r=15&o=Stop+if+it+tingles.&s=upper-trapezius.b.h60_levator-scapulae.n.s12';
  const back = decodeRoutine(`#${old}`, muscles);
  assert.equal(back.ok, true);
  assert.deepEqual(back.routine, {
    title: 'Neck homework', note: 'Stop if it tingles.', rest: 15,
    steps: [
      { muscle: 'upper-trapezius', side: 'left', mode: 'hold', seconds: 60 },
      { muscle: 'upper-trapezius', side: 'right', mode: 'hold', seconds: 60 },
      { muscle: 'levator-scapulae', side: 'none', mode: 'strokes', strokes: 12, seconds: 48 },
    ],
  });
  // And what this version writes without extras is what the old one wrote.
  assert.equal(encodeRoutine(back.routine), old);
});

test('sides with different notes travel as two steps', () => {
  const routine = {
    title: 'Two notes', note: '', rest: 0,
    steps: [
      { muscle: 'soleus', side: 'left', mode: 'hold', seconds: 30, note: 'Sore side' },
      { muscle: 'soleus', side: 'right', mode: 'hold', seconds: 30 },
    ],
  };
  const fragment = encodeRoutine(routine);
  assert.match(fragment, /s=soleus\.l\.h30_soleus\.r\.h30$/);
  assert.deepEqual(decodeRoutine(fragment, muscles).routine, routine);
});

test('hostile notes and "from" lines are cut, cleaned, and never throw', () => {
  const long = 'x'.repeat(500);
  const cases = [
    `v=1&t=A&s=soleus.n.h30&p0=${long}&f=${long}`,
    'v=1&t=A&s=soleus.n.h30&p0=%E2%80%AEevil&f=%E2%80%AEDr.%20Who',
    'v=1&t=A&s=soleus.n.h30&p99=nowhere&p-1=no&p=empty&p0=&f=',
    'v=1&t=A&s=soleus.n.h30&p__proto__=x&pconstructor=y&p0=%&f=%E0%A4%A',
    'v=1&t=A&s=soleus.n.h30&p0=first&p0=second',
  ];
  for (const fragment of cases) {
    const back = decodeRoutine(fragment, muscles);
    assert.equal(back.ok, true, fragment);
    const [step] = back.routine.steps;
    assert.ok(step.note === undefined || (typeof step.note === 'string' && step.note.length <= 80), fragment);
    assert.ok(back.routine.from === undefined || back.routine.from.length <= 60, fragment);
    assert.doesNotMatch(JSON.stringify(back.routine), /\u202e/);
    assert.equal(Object.getPrototypeOf(back.routine), Object.prototype);
  }
  assert.equal(decodeRoutine(cases[0], muscles).routine.steps[0].note.length, 80);
  assert.equal(decodeRoutine(cases[1], muscles).routine.from, 'Dr. Who');
  assert.equal(decodeRoutine(cases[2], muscles).routine.steps[0].note, undefined);
  assert.equal(decodeRoutine(cases[4], muscles).routine.steps[0].note, 'first');
});
