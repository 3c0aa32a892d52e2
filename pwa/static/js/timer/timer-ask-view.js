import { buildChecklist } from '../finder/red-flag-checklist.js';
import { setUpChecklist } from '../finder/red-flag-answers.js';

// The timer's red-flag checklist, drawn from the page's <template data-ask-template> (the
// server's red_flag_checklist with one model row) and the rows timer-ask.js chose: each row a
// question that opens to its warnings (an emergency's after the call button), then "None of
// these", whose answer red-flag-answers.js keeps. Shown above the stage while the timer is
// ready; gone while a session runs; back when it ends (folded when answered today), and asked
// again before the next round when it was not answered, or before the first when Start's bar
// covers it (timer-run.js).

export function createAskView(root) {
  const template = root.querySelector('[data-ask-template]');
  let shown = null;

  const headingOf = () => shown?.querySelector('h2');

  // Its heading on the screen and under nothing: a person has had the questions in sight.
  function inSight() {
    const heading = headingOf();
    if (!heading) return false;
    const r = heading.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return heading.contains(hit);
  }

  // Scroll events come at most once a frame.
  let seen = false;
  const look = () => {
    if (!seen && inSight()) seen = true;
  };
  addEventListener('scroll', look, { passive: true });

  // checklist: timer-ask.js's {areas, rows}, or null for none.
  function show(checklist) {
    shown?.remove();
    shown = null;
    seen = false;
    if (!template || !checklist) return;
    const section = buildChecklist(template, checklist);
    template.after(section);
    setUpChecklist(section, checklist.areas);
    shown = section;
    look();
  }

  return {
    show,

    // Shown again above `anchor` without moving it on the screen (a finish card under the
    // person's thumb): the page scrolls by what the checklist adds above it. Chromium's scroll
    // anchoring may have kept it in place already; WebKit has none.
    showAbove(checklist, anchor) {
      const top = anchor.getBoundingClientRect().top;
      show(checklist);
      const moved = anchor.getBoundingClientRect().top - top;
      if (moved) scrollBy(0, moved);
    },

    // Shown with its questions open: not answered today.
    unanswered: () => Boolean(shown && !shown.hidden && shown.querySelector('[data-ask-list]')?.hidden === false),

    // Its heading has been on the screen, under nothing (Start's bar, the tab bar), since it was
    // shown; true when there is none.
    seen: () => !shown || shown.hidden || seen,

    // The questions in view and focus on their heading, as on opening the page.
    bringIntoView() {
      const heading = headingOf();
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      shown.scrollIntoView({ block: 'start' });
      seen = true;
    },

    hide() {
      if (shown) shown.hidden = true;
    },
  };
}
