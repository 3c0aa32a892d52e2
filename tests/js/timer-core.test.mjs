// Unit tests for the timer's pure logic: node --test tests/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  planFromPreset, planFromRoutine, totalMs, workSteps, doseWarnings, startSession, pauseSession,
  resumeSession, skipStep, sessionPosition, formatTime, cuesBetween, cuesToPlay, sessionSummary,
} from '../../pwa/static/js/engines/timer-core.js';

const preset = { mode: 'hold', seconds: 30, strokes: 10, rest: 10, rounds: 2, sides: true };

test('a preset becomes rounds of left and right holds with rests between', () => {
  const plan = planFromPreset(preset);
  assert.deepEqual(plan.map((s) => s.kind), ['work', 'rest', 'work', 'rest', 'work', 'rest', 'work']);
  assert.deepEqual(workSteps(plan).map((s) => s.side), ['left', 'right', 'left', 'right']);
  assert.deepEqual(workSteps(plan).map((s) => s.round), [1, 1, 2, 2]);
  assert.equal(totalMs(plan), 4 * 30000 + 3 * 10000);
});

test('no rest segments when rest is zero, one side when sides is off', () => {
  const plan = planFromPreset({ ...preset, rest: 0, sides: false, rounds: 3 });
  assert.deepEqual(plan.map((s) => s.side), ['none', 'none', 'none']);
});

test('remaining time comes from timestamps, so a long sleep lands in the right step', () => {
  const plan = planFromPreset(preset);
  const session = startSession(plan, 1000);
  assert.equal(formatTime(sessionPosition(session, 1000).remainingMs), '0:30');
  assert.equal(formatTime(sessionPosition(session, 1999).remainingMs), '0:30');
  assert.equal(formatTime(sessionPosition(session, 2000).remainingMs), '0:29');
  // 75 s later: 30 work + 10 rest + 30 work done, 5 s into the second rest.
  const pos = sessionPosition(session, 76000);
  assert.equal(pos.segment.kind, 'rest');
  assert.equal(pos.next.side, 'left');
  assert.equal(pos.next.round, 2);
  assert.equal(formatTime(pos.remainingMs), '0:05');
  assert.equal(sessionPosition(session, 1000 + totalMs(plan)).done, true);
});

test('pausing freezes the time and resuming carries on from it', () => {
  const plan = planFromPreset(preset);
  let session = startSession(plan, 0);
  session = pauseSession(session, 10000);
  assert.equal(formatTime(sessionPosition(session, 500000).remainingMs), '0:20');
  assert.equal(sessionPosition(session, 500000).paused, true);
  session = resumeSession(session, 500000);
  assert.equal(formatTime(sessionPosition(session, 505000).remainingMs), '0:15');
});

test('skip moves to the start of the next segment', () => {
  const plan = planFromPreset(preset);
  let session = startSession(plan, 0);
  session = skipStep(session, 5000);
  let pos = sessionPosition(session, 5000);
  assert.equal(pos.segment.kind, 'rest');
  assert.equal(pos.remainingMs, 10000);
  session = skipStep(session, 5000);
  pos = sessionPosition(session, 5000);
  assert.equal(pos.segment.side, 'right');
});

test('strokes mode counts strokes across the step', () => {
  const plan = planFromPreset({ ...preset, mode: 'strokes', seconds: 40, strokes: 10, rounds: 1, sides: false });
  const session = startSession(plan, 0);
  assert.equal(sessionPosition(session, 0).stroke, 1);
  assert.equal(sessionPosition(session, 4000).stroke, 2);
  assert.equal(sessionPosition(session, 39999).stroke, 10);
  const strokes = cuesBetween(plan, -1, 40000).filter((c) => c.type === 'stroke');
  assert.equal(strokes.length, 9);
});

test('cues: start, halfway, last three seconds, switch side, rest and done', () => {
  const plan = planFromPreset({ ...preset, rounds: 1 });
  const types = cuesBetween(plan, -1, totalMs(plan)).map((c) => c.type);
  assert.deepEqual(types, ['start', 'halfway', 'count', 'count', 'count', 'rest', 'count', 'count',
    'count', 'switch', 'halfway', 'count', 'count', 'count', 'done']);
});

test('after a long gap only the latest change of step is played', () => {
  const plan = planFromPreset(preset);
  assert.deepEqual(cuesToPlay(plan, 1000, 75000).map((c) => c.type), ['rest']);
  assert.deepEqual(cuesToPlay(plan, 1000, 10 * 60000).map((c) => c.type), ['done']);
  assert.deepEqual(cuesToPlay(plan, 14000, 15200).map((c) => c.type), ['halfway']);
});

test('a routine keeps its steps, sides and instructions', () => {
  const routine = { rest: 15, steps: [
    { muscle: 'upper-trapezius', side: 'left', mode: 'hold', seconds: 45, instruction: 'Ball on the wall.' },
    { muscle: 'upper-trapezius', side: 'right', mode: 'strokes', seconds: 40, strokes: 10, instruction: 'Now the other side.' },
  ] };
  const plan = planFromRoutine(routine, { 'upper-trapezius': 'Upper trapezius' });
  assert.equal(plan.length, 3);
  assert.equal(plan[0].name, 'Upper trapezius');
  assert.equal(plan[2].strokes, 10);
  assert.equal(cuesBetween(plan, -1, totalMs(plan)).filter((c) => c.type === 'switch').length, 1);
});

test('dose guard-rails warn about long time on one point and long sessions', () => {
  assert.deepEqual(doseWarnings(planFromPreset(preset)), []);
  const long = doseWarnings(planFromPreset({ ...preset, seconds: 90, rounds: 5, rest: 60 }));
  assert.equal(long.length, 2);
  assert.deepEqual(doseWarnings(planFromPreset(preset), 5), []);
  assert.match(doseWarnings(planFromPreset(preset), 6)[0], /6 sessions today/);
});

test('the summary counts points worked at least halfway', () => {
  const plan = planFromPreset(preset);
  const session = startSession(plan, 0);
  assert.deepEqual(sessionSummary(session, 55000), { points: 2, workSeconds: 45, seconds: 55 });
  assert.equal(sessionSummary(session, totalMs(plan)).points, 4);
});

test('formatTime shows minutes and seconds', () => {
  assert.equal(formatTime(90000), '1:30');
  assert.equal(formatTime(0), '0:00');
  assert.equal(formatTime(-5), '0:00');
  assert.equal(formatTime(600000), '10:00');
});
