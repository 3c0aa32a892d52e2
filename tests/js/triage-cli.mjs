// Assess queries with the browser's triage code; used by tests/test_triage_parity.py.
// Usage: node tests/js/triage-cli.mjs RULES.json QUERIES.json
import { readFileSync } from 'node:fs';
import { answer } from '../../pwa/static/js/engines/triage-core.js';

const [rulesPath, queriesPath] = process.argv.slice(2);
const rules = JSON.parse(readFileSync(rulesPath, 'utf8'));
const queries = JSON.parse(readFileSync(queriesPath, 'utf8'));
process.stdout.write(JSON.stringify(queries.map((q) => answer(rules, q))));
