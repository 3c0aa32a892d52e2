// Clamp and check timer parameters and routine steps with the browser's code; used by
// tests/test_timer_rules.py. One JSON request a line on stdin, one JSON answer a line on stdout:
// {rules?, queries: [query string], steps: [step]} -> {used, fallback, presets, steps: [bool]}
import { createInterface } from 'node:readline';
import { LIMITS, STROKE_SECONDS, useTimerRules } from '../../pwa/static/js/engines/timer-core.js';
import { readTimerUrl } from '../../pwa/static/js/timer/timer-presets.js';
import { validStep } from '../../pwa/static/js/routines/routine-model.js';

const fallback = { limits: structuredClone(LIMITS), stroke_seconds: STROKE_SECONDS };
const data = { muscles: {}, routines: {}, cautions: {} };

for await (const line of createInterface({ input: process.stdin })) {
  const cases = JSON.parse(line);
  useTimerRules(fallback);
  const used = cases.rules === undefined ? null : useTimerRules(cases.rules);
  process.stdout.write(`${JSON.stringify({
    used,
    fallback: { limits: structuredClone(LIMITS), stroke_seconds: STROKE_SECONDS },
    presets: (cases.queries || []).map((q) => readTimerUrl(q, data).preset),
    steps: (cases.steps || []).map((step) => validStep(step)),
  })}\n`);
}
