import { readJSON, writeJSON } from '../shell/storage.js';
import { isRecord } from '../shell/lookup.js';

// What brings a person back to the home page, kept in this browser only: the muscles and
// built-in routines they starred (`tpg.starred.v1`, `{muscles: [slug], routines: [slug]}`) and
// the muscles they viewed last (`tpg.recent-muscles.v1`, `[slug]`, newest first). Storage can
// hold anything, so every read keeps only well-formed slugs and never throws; a page checks
// them against its data before showing a name. No DOM: Node's test runner imports it.

// Beside storage.js's KEYS, kept here so every page's bundle does not carry them.
const KEYS = { starred: 'tpg.starred.v1', recentMuscles: 'tpg.recent-muscles.v1' };
export const KINDS = ['muscles', 'routines'];
export const MAX_STARRED = 50;
export const MAX_RECENT = 5;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Distinct slugs from whatever was stored, in order, at most `max`.
function slugs(value, max) {
  if (!Array.isArray(value)) return [];
  const kept = [...new Set(value.filter((s) => typeof s === 'string' && s.length <= 60 && SLUG.test(s)))];
  return kept.slice(0, max);
}

export function readStarred() {
  const stored = readJSON(KEYS.starred, null);
  const record = isRecord(stored) ? stored : {};
  return Object.fromEntries(KINDS.map((kind) => [
    kind, slugs(Object.hasOwn(record, kind) ? record[kind] : null, MAX_STARRED)]));
}

export function isStarred(kind, slug) {
  return KINDS.includes(kind) && readStarred()[kind].includes(slug);
}

// Star or unstar one slug, re-reading storage first; {ok, starred} or {ok: false, reason}.
export function setStarred(kind, slug, on) {
  if (!KINDS.includes(kind) || !SLUG.test(slug)) return { ok: false, reason: 'invalid' };
  const starred = readStarred();
  const others = starred[kind].filter((s) => s !== slug);
  if (on && others.length >= MAX_STARRED) return { ok: false, reason: 'full' };
  starred[kind] = on ? [slug, ...others] : others;
  const saved = writeJSON(KEYS.starred, starred);
  return saved.ok ? { ok: true, starred: on } : saved;
}

export function readRecentMuscles() {
  return slugs(readJSON(KEYS.recentMuscles, null), MAX_RECENT);
}

// A muscle page was opened: it goes first, once.
export function noteMuscleViewed(slug) {
  if (!SLUG.test(slug)) return { ok: false, reason: 'invalid' };
  const recent = [slug, ...readRecentMuscles().filter((s) => s !== slug)].slice(0, MAX_RECENT);
  return writeJSON(KEYS.recentMuscles, recent);
}
