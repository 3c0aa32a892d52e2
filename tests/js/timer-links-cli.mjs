// Read timer links with the browser's own parser (timer-presets.js readTimerUrl) against the
// real timer data; used by tests/test_timer_link_parsing.py. argv[2]: a /timer-data.json file. One
// query string a line on stdin, one JSON answer a line on stdout: {result} or {error}.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { useTimerRules } from '../../pwa/static/js/engines/timer-core.js';
import { readTimerUrl } from '../../pwa/static/js/timer/timer-presets.js';

const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));
useTimerRules(data.rules);

for await (const line of createInterface({ input: process.stdin })) {
  let answer;
  try {
    const { kind, slug, preset, muscleSlug, notes } = readTimerUrl(JSON.parse(line), data);
    answer = { result: { kind, slug, preset, muscleSlug, notes } };
  } catch (error) {
    answer = { error: String(error) };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
