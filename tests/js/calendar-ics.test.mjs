import test from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar, escapeText, firstOccurrence, fold } from '../../pwa/static/js/routines/calendar-ics.js';

const routine = { slug: 'jaw', title: 'Jaw, face; and "more"', description: 'Line one\nline two',
  url: 'https://example.org/routines/jaw', minutes: 9 };

test('text is escaped as RFC 5545 asks', () => {
  assert.equal(escapeText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
});

test('long lines fold at 75 octets and never split a character', () => {
  const line = `DESCRIPTION:${'é'.repeat(100)}`;
  const folded = fold(line).split('\r\n');
  for (const part of folded) assert.ok(new TextEncoder().encode(part).length <= 75);
  assert.equal(folded.map((p, i) => (i ? p.slice(1) : p)).join(''), line);
});

test('the first event falls on a chosen day, after now', () => {
  const now = new Date(2026, 11, 4, 9, 0); // a Friday, 09:00
  assert.equal(firstOccurrence(now, [8, 0], null).getDate(), 5);
  assert.equal(firstOccurrence(now, [10, 0], null).getDate(), 4);
  assert.equal(firstOccurrence(now, [8, 0], ['MO', 'TU']).getDay(), 1);
});

test('twice a day is two events, CRLF throughout', () => {
  const text = buildCalendar({ times: ['07:30', '21:15'], days: null }, routine,
    new Date(2026, 11, 4, 9, 0));
  assert.equal(text.match(/BEGIN:VEVENT/g).length, 2);
  assert.ok(text.includes('DTSTART:20261204T211500'));
  assert.ok(text.includes('DTSTART:20261205T073000'));
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false);
  assert.ok(text.includes('SUMMARY:Jaw\\, face\\; and "more"'));
});
