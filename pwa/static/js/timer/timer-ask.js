import { own, isRecord } from '../shell/lookup.js';
import { planOf } from './timer-source.js';
import { rowOf } from '../finder/red-flag-checklist.js';

// Which red-flag questions the timer asks before a session, from /timer-data.json's `ask`
// (views/red_flags.py for_timer): a built-in routine asks the rows of its page, and its answer
// is the page's (`routine-<slug>`); a muscle asks those of the regions it mainly sends pain to,
// and its answer stands for those regions, as a region page's does; an own routine or a link's
// asks its muscles' rows together, each question once. Returns {areas, rows} (rows with their
// warnings, most severe first), or null when nothing is asked.

const SEVERITY = ['emergency', 'today', 'soon'];

// Rows asked for several muscles: each once, and none whose flags a wider row already asks
// (one muscle's row of a topic may hold fewer of its flags than another's).
function merged(rows) {
  const unique = [...new Map(rows.map((row) => [[row.id, ...row.flags].join(' '), row])).values()];
  const kept = unique.filter((row) => !unique.some((other) => other !== row
    && other.flags.length > row.flags.length && row.flags.every((id) => other.flags.includes(id))));
  return kept.sort((a, b) => SEVERITY.indexOf(a.level) - SEVERITY.indexOf(b.level));
}

export function checklistFor(source, data) {
  const ask = data.ask;
  if (!isRecord(ask) || !isRecord(ask.muscles) || !isRecord(ask.routines)) return null;
  let areas;
  let numbers;
  const builtIn = source.kind === 'routine' ? own(ask.routines, source.slug) : undefined;
  if (Array.isArray(builtIn)) {
    areas = [`routine-${source.slug}`];
    numbers = builtIn;
  } else {
    const slugs = [...new Set(planOf(source, data).map((segment) => segment.muscle).filter(Boolean))];
    const asked = slugs.map((slug) => own(ask.muscles, slug)).filter(isRecord);
    areas = [...new Set(asked.flatMap((m) => (Array.isArray(m.areas) ? m.areas : [])))].sort();
    numbers = asked.flatMap((m) => (Array.isArray(m.rows) ? m.rows : []));
  }
  const rows = numbers.map((number) => rowOf(ask, number));
  if (!areas.length || !rows.length || !rows.every(Boolean)) return null;
  return { areas, rows: merged(rows) };
}
