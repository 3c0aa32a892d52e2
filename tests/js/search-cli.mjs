// Rank queries with the browser's search code; used by tests/test_search_parity.py.
// Usage: node tests/js/search-cli.mjs INDEX.json QUERIES.json [ask]
// (ask: each query searched as one whose words make the warning signs worth asking about)
import { readFileSync } from 'node:fs';
import { prepare, search } from '../../pwa/static/js/engines/search-core.js';

const [indexPath, queriesPath, ask] = process.argv.slice(2);
const index = prepare(JSON.parse(readFileSync(indexPath, 'utf8')));
const queries = JSON.parse(readFileSync(queriesPath, 'utf8'));
process.stdout.write(JSON.stringify(queries.map((q) => search(index, q, ask === 'ask'))));
