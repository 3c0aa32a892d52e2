// Time the browser's red-flag check on texts; used by benchmarks/triage_cost.py.
// Usage: node benchmarks/triage_cost.mjs RULES.json QUERIES.json ROUNDS -> milliseconds per text
import { readFileSync } from 'node:fs';
import { answer } from '../pwa/static/js/engines/triage-core.js';

const [rulesPath, queriesPath, rounds] = process.argv.slice(2);
const rules = JSON.parse(readFileSync(rulesPath, 'utf8'));
const queries = JSON.parse(readFileSync(queriesPath, 'utf8'));
const times = queries.map((q) => {
  answer(rules, q); // the look-up tables are built once
  // The best of ROUNDS rounds of ten: the cost of the text, not of a busy machine.
  let best = Infinity;
  for (let round = 0; round < Number(rounds); round++) {
    const start = performance.now();
    for (let i = 0; i < 10; i++) answer(rules, q);
    best = Math.min(best, (performance.now() - start) / 10);
  }
  return best;
});
process.stdout.write(JSON.stringify(times));
