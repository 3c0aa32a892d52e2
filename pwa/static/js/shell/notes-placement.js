// What floats over the page: the tab bar and the notes (update, offline, install hint).

const $ = (selector) => document.querySelector(selector);

// Their heights, as CSS variables: the page keeps room for the tab bar (two rows at large text),
// and a control reached by Tab scrolls clear of both (base.css, scroll-padding-bottom).
export function measureFloating() {
  const tabs = $('.tab-bar');
  const notes = $('.app-notes');
  // A page's own bar that sticks above the tab bar (the timer's Start, Pause and Skip)
  // carries the notes at its top, so a note never covers the bar and the bar never hides one.
  const pageBar = $('[data-page-bar]');
  if (!('ResizeObserver' in window) || !tabs || !notes) return;
  const root = document.documentElement.style;
  const measure = () => {
    root.setProperty('--tab-bar-height', `${tabs.offsetHeight}px`);
    // A note that would cover a third of a small or large-text screen sits in the page instead:
    // where the shell puts it, above the page's heading, or on a page with a bar of its own
    // below the bar's part of the page, so the bar keeps its place; a smaller note rides at the
    // top of that bar.
    const big = notes.offsetHeight + tabs.offsetHeight > innerHeight / 3;
    const inBar = Boolean(pageBar) && !big;
    if (inBar && notes.parentNode !== pageBar) pageBar.prepend(notes);
    if (pageBar && !inBar && notes.previousSibling !== pageBar.parentElement) {
      pageBar.parentElement.after(notes);
    }
    notes.toggleAttribute('data-in-bar', inBar);
    const bar = pageBar ? pageBar.offsetHeight : 0;
    const inline = inBar || big;
    if (inline !== ('inline' in notes.dataset)) notes.toggleAttribute('data-inline', inline);
    const floating = inline ? 0 : notes.offsetHeight;
    root.setProperty('--notes-height', `${floating ? floating + 8 : 0}px`);
    // A note that arrives over the control in use moves the page, not the focus; what the
    // control keeps in sight below it (its scroll margin: the home field's call button) too.
    const focused = document.activeElement;
    const below = (el) => el.getBoundingClientRect().bottom
      + (parseFloat(getComputedStyle(el).scrollMarginBottom) || 0);
    if (focused && focused !== document.body
        && below(focused) > innerHeight - tabs.offsetHeight - bar - floating) {
      focused.scrollIntoView({ block: 'nearest' });
    }
  };
  const observer = new ResizeObserver(measure);
  observer.observe(tabs);
  observer.observe(notes);
  if (pageBar) observer.observe(pageBar);
  // A note shown is placed before it is painted (a ResizeObserver would first draw it floating).
  new MutationObserver(measure).observe(notes, { subtree: true, attributeFilter: ['hidden'] });
  addEventListener('resize', measure);
}

// Escape closes the newest note, as its own button would (so a dismissed hint stays dismissed).
export function closeNotesWithEscape() {
  addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const shown = [...document.querySelectorAll('.app-notes > :not([hidden])')].pop();
    if (!shown) return;
    const dismiss = shown.querySelector('[data-offline-note-dismiss], [data-ios-hint-dismiss]');
    dismiss?.click();
    shown.hidden = true;
  });
}
