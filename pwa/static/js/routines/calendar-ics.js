// A repeating reminder as an iCalendar file (RFC 5545), built in the browser so it works offline
// and nothing is sent anywhere: the person's calendar app does the reminding.

const CRLF = '\r\n';
const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']; // Date.getDay() order

// TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11).
export const escapeText = (text) => String(text)
  .replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

// Lines longer than 75 octets are folded: CRLF then a space (§3.1), never inside a character.
export function fold(line) {
  const encoder = new TextEncoder();
  const parts = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length ? 74 : 75; // a continuation line's leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n) => String(n).padStart(2, '0');
const localStamp = (d) => `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}T${pad(d.getHours())}${pad(d.getMinutes())}00`;
const utcStamp = (d) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

// The first moment at hour:minute, from now on, on one of the chosen days.
export function firstOccurrence(now, [hour, minute], days) {
  for (let ahead = 0; ahead <= 7; ahead += 1) {
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + ahead, hour, minute);
    if (at > now && (!days || days.includes(DAYS[at.getDay()]))) return at;
  }
  return null;
}

// plan: { times: ['08:00', '18:00'], days: null | ['MO', 'WE'] }; routine: { slug, title,
// description, url, minutes }. Start times are floating local time: 8 o'clock wherever the
// phone is, which is what a daily habit means.
export function buildCalendar(plan, routine, now = new Date()) {
  const days = plan.days && plan.days.length ? plan.days.filter((d) => DAYS.includes(d)) : null;
  const rule = days ? `RRULE:FREQ=WEEKLY;BYDAY=${days.join(',')}` : 'RRULE:FREQ=DAILY';
  const events = plan.times.map((time, n) => {
    const [hour, minute] = time.split(':').map(Number);
    const start = firstOccurrence(now, [hour, minute], days);
    return [
      'BEGIN:VEVENT',
      `UID:${routine.slug}-${n + 1}-${utcStamp(now)}@trigger-point-guide`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART:${localStamp(start)}`,
      `DURATION:PT${Math.max(1, Math.round(routine.minutes))}M`,
      rule,
      `SUMMARY:${escapeText(routine.title)}`,
      `DESCRIPTION:${escapeText([routine.description, routine.url].filter(Boolean).join('\n'))}`,
      `URL:${routine.url}`,
      'END:VEVENT',
    ];
  });
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Trigger Point Guide//Reminders//EN',
    'CALSCALE:GREGORIAN', ...events.flat(), 'END:VCALENDAR'];
  return lines.map(fold).join(CRLF) + CRLF;
}
