// Runs the built service worker's own compose() on [{shell, part}] (a JSON file), printing the
// pages it makes, for tests/test_parts.py to hold against pwa/shell_parts.py.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const [worker, cases] = process.argv.slice(2);
const context = vm.createContext({ self: { addEventListener() {}, location: { origin: 'http://x' } } });
vm.runInContext(readFileSync(worker, 'utf8'), context);
const pages = JSON.parse(readFileSync(cases, 'utf8')).map(({ shell, part }) =>
  context.compose(shell, part),
);
process.stdout.write(JSON.stringify(pages));
