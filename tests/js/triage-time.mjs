// Time the browser's triage on hostile texts; used by tests/test_triage_parity.py.
// Usage: node tests/js/triage-time.mjs RULES.json QUERIES.json -> milliseconds per text
import { readFileSync } from 'node:fs';
import { answer } from '../../pwa/static/js/triage-core.js';

const [rulesPath, queriesPath] = process.argv.slice(2);
const rules = JSON.parse(readFileSync(rulesPath, 'utf8'));
const queries = JSON.parse(readFileSync(queriesPath, 'utf8'));
const times = queries.map((q) => {
  answer(rules, q); // the look-up tables are built once
  const start = performance.now();
  for (let i = 0; i < 10; i++) answer(rules, q);
  return (performance.now() - start) / 10;
});
process.stdout.write(JSON.stringify(times));
