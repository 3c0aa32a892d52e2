import { loadEntries, addEntryOnce, updateEntry } from '../diary/diary-store.js';
import { painValue, noteValue, savedMessage } from '../diary/diary-entry.js';

// The finish card: the finished session's diary entry, saved once, and the pain rating and note
// given on the card, each saved as it changes (a note when typing pauses, and at once when the
// page is left). Drawn by timer-session-view.js.

const NOTE_SAVE_DELAY_MS = 400;

export function createFinishCard(view) {
  let entry = null; // the finished session's diary entry, while its card is shown
  let noteTimer = null;

  function save(what) {
    clearTimeout(noteTimer);
    noteTimer = null;
    if (!entry) return;
    const fields = view.diaryForm.elements;
    const result = updateEntry(entry.id, { painAfter: painValue(fields.painAfter.value),
      note: noteValue(fields.note.value) }, entry);
    if (result.ok) entry = result.entry;
    view.setDiaryStatus(savedMessage(result, what));
  }

  // A note still waiting to be saved is saved now.
  function flushNote() {
    if (noteTimer !== null) save('Note');
  }

  view.diaryForm.addEventListener('change', (event) => {
    if (event.target.name === 'painAfter') save('Pain rating');
    else if (event.target.name === 'note') save('Note');
  });
  view.diaryForm.addEventListener('input', (event) => {
    if (event.target.name !== 'note' || !entry) return;
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => save('Note'), NOTE_SAVE_DELAY_MS);
  });
  view.diaryForm.addEventListener('submit', (event) => {
    event.preventDefault();
    save('Rating and note');
  });
  addEventListener('pagehide', flushNote);

  return {
    flushNote,
    isOpen: () => entry !== null,

    // Save a finished session's entry and show its card; returns the entry as stored. Another
    // tab showing the same session may have finished it first, with ratings: those are kept.
    open(built) {
      const saved = addEntryOnce(built);
      entry = saved.entry;
      view.renderDone(entry, saved.ok
        ? 'Saved in your history on this device. A rating or note you add below is saved as you give it.'
        : `Couldn't save to history: ${savedMessage(saved).replace(/^Not saved: /, '')}`);
      return entry;
    },

    // A note still waiting is saved; then the card lets go of its entry.
    close() {
      flushNote();
      entry = null;
    },

    // The entry as stored now (another tab rated it), unless a note is being typed.
    refresh() {
      if (!entry) return;
      const stored = loadEntries().find((e) => e.id === entry.id);
      if (stored && noteTimer === null) {
        entry = stored;
        view.fillDiary(stored, { unlessFocused: true });
      }
    },
  };
}
