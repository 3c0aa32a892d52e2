// Time the browser's search (search-core.js) on the queries benchmarks/search_cost.py sends.
// Usage: node benchmarks/search_cost.mjs INDEX.json QUERIES.json ROUNDS
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { prepare, search } from '../pwa/static/js/engines/search-core.js';

const [indexPath, queriesPath, rounds] = process.argv.slice(2);
const raw = JSON.parse(readFileSync(indexPath, 'utf8'));
const queries = JSON.parse(readFileSync(queriesPath, 'utf8'));
const started = performance.now();
const prepared = prepare(raw);
const prepareMs = performance.now() - started;
// Warm-up passes first, so the timings are of optimised code, not of V8 compiling it (which a
// page pays once, on its first searches, whatever they ask). Then every round forgets the
// corrections, so no query is helped by an earlier one.
for (let pass = 0; pass < 5; pass++) {
  for (const query of queries) search(prepared, query);
  prepared.corrector.cache.clear();
}
const times = queries.map((query) => {
  const samples = [];
  for (let r = 0; r < Number(rounds); r++) {
    prepared.corrector.cache.clear();
    const t = performance.now();
    search(prepared, query);
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
});
process.stdout.write(JSON.stringify({ prepareMs, times }));
