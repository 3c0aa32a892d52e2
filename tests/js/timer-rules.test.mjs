// The dose limits and stroke time come from /timer-data.json (`rules`); the module's own values
// are only a fallback. node --test tests/js/timer-rules.test.mjs
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { LIMITS, STROKE_SECONDS, useTimerRules } from '../../pwa/static/js/engines/timer-core.js';
import { readTimerUrl, strokeSeconds } from '../../pwa/static/js/timer/timer-presets.js';
import { validStep } from '../../pwa/static/js/routines/routine-model.js';

const FALLBACK = structuredClone(LIMITS);
const FALLBACK_STROKE = STROKE_SECONDS;
const rules = (limits = FALLBACK, strokeSecondsValue = FALLBACK_STROKE) => ({ limits: structuredClone(limits), stroke_seconds: strokeSecondsValue });
const data = { muscles: {}, routines: {}, cautions: {} };

afterEach(() => {
  assert.equal(useTimerRules(rules()), true);
});

test("the server's rules replace the fallback, and clamping follows them", () => {
  const tighter = { ...structuredClone(FALLBACK), seconds: { min: 25, max: 70 }, rest: { min: 5, max: 30 } };
  assert.equal(useTimerRules(rules(tighter, 5)), true);
  assert.deepEqual(LIMITS.seconds, { min: 25, max: 70 });
  const read = readTimerUrl('?hold=90&rest=0', data);
  assert.equal(read.preset.seconds, 70);
  assert.equal(read.preset.rest, 5);
  assert.match(read.notes.join(' '), /Hold set to 70: it must be 25 to 70/);
  assert.equal(strokeSeconds(10), 50);
  assert.equal(validStep({ muscle: 'rhomboids', side: 'left', mode: 'strokes', strokes: 10, seconds: 50 }), true);
  assert.equal(validStep({ muscle: 'rhomboids', side: 'left', mode: 'strokes', strokes: 10, seconds: 40 }), false);
});

test('missing or damaged rules leave the fallback in place and never throw', () => {
  const damaged = [
    undefined, null, 'rules', [], {}, { limits: null, stroke_seconds: 4 },
    { limits: { ...FALLBACK, seconds: { min: 90, max: 20 } }, stroke_seconds: 4 },
    { limits: { ...FALLBACK, strokes: { min: '6', max: 15 } }, stroke_seconds: 4 },
    { limits: { ...FALLBACK, rest: { min: -1, max: 60 } }, stroke_seconds: 4 },
    { limits: { ...FALLBACK, rounds: { min: 1, max: Infinity } }, stroke_seconds: 4 },
    { limits: { seconds: FALLBACK.seconds }, stroke_seconds: 4 },
    { limits: JSON.parse('{"__proto__": {"min": 1, "max": 2}}'), stroke_seconds: 4 },
    { limits: FALLBACK, stroke_seconds: 0 },
    { limits: FALLBACK, stroke_seconds: 2.5 },
    { limits: FALLBACK },
  ];
  for (const bad of damaged) {
    assert.equal(useTimerRules(bad), false, JSON.stringify(bad));
    assert.deepEqual(LIMITS, FALLBACK);
    assert.equal(readTimerUrl('?strokes=10', data).preset.seconds, 10 * FALLBACK_STROKE);
  }
  // a half-good file changes nothing at all
  useTimerRules({ limits: { ...FALLBACK, seconds: { min: 30, max: 40 }, rounds: null }, stroke_seconds: 9 });
  assert.deepEqual(LIMITS, FALLBACK);
  assert.equal(strokeSeconds(10), 10 * FALLBACK_STROKE);
});
