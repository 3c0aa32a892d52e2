import { test } from 'node:test';
import assert from 'node:assert/strict';
import { qrPath } from '../../pwa/static/js/routines/qr-svg.js';
import { encodeRoutine } from '../../pwa/static/js/engines/routine-link.js';

const tenSteps = {
  title: 'Neck and back homework',
  note: '',
  rest: 10,
  steps: ['upper-trapezius', 'levator-scapulae', 'suboccipitals', 'sternocleidomastoid',
    'infraspinatus', 'rhomboids', 'pectoralis-major', 'gluteus-medius', 'quadratus-lumborum',
    'piriformis'].map((muscle, i) => (i % 2
    ? { muscle, side: 'none', mode: 'strokes', strokes: 10, seconds: 40 }
    : { muscle, side: 'left', mode: 'hold', seconds: 45 })),
};
const link = `https://trigger-point.example.org/routines/shared#${encodeRoutine(tenSteps)}`;

test('a ten-step routine link fits a QR code a phone camera reads easily', () => {
  const { version, size } = qrPath(link);
  assert.ok(link.length < 320, link.length);
  assert.ok(version <= 15, `version ${version}`);
  assert.equal(size, 17 + 4 * version + 8); // modules, plus four of quiet zone on each side
});

test('the path draws the finder pattern inside the quiet zone', () => {
  const { path } = qrPath('https://example.org/');
  // The top-left finder's first row: seven dark modules starting at the quiet zone's edge.
  assert.ok(path.startsWith('M4 4h7v1h-7z'), path.slice(0, 40));
  assert.doesNotMatch(path, /[^MhvzZ0-9 -]/);
});
