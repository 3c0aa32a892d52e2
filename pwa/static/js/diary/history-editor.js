import { loadEntries, updateEntry } from './diary-store.js';
import { painValue, noteValue, savedMessage } from './diary-entry.js';
import { smallButton, sessionName } from './history-list.js';

// Editing one session on the history page: pain before and after, and the note, in a form under
// the session. `page` gives {root, render, status}; the page's render() closes any open form.

let fieldCount = 0;

function field(labelText, control) {
  fieldCount += 1;
  control.id = `edit-field-${fieldCount}`;
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const label = document.createElement('label');
  label.htmlFor = control.id;
  label.textContent = labelText;
  wrap.append(label, control);
  return wrap;
}

// The 0 to 10 scale as the server draws it wherever it is asked, its ends named
// (templates/_macros.html pain_select, in the page's <template data-pain-scale>).
function painSelect(scale, name, value) {
  const select = scale.content.firstElementChild.cloneNode(true);
  select.name = name;
  select.value = value === null ? '' : String(value);
  return select;
}

export function sessionEditor({ root, render, status }) {
  const scale = root.querySelector('[data-pain-scale]');
  let editing = null; // the id of the entry whose edit form is open
  const editButton = (id) => root.querySelector(`[data-edit="${CSS.escape(id || '')}"]`);

  // Close the edit form, redraw (with any other tab's changes) and put focus back on its Edit.
  function close(id = editing) {
    render();
    editButton(id)?.focus();
  }

  // Open the edit form under an entry, as stored now (another tab may have changed it).
  function open(id) {
    if (editing) render();
    const entry = loadEntries().find((e) => e.id === id);
    const li = editButton(id)?.closest('li');
    if (!entry || !li) {
      render();
      status('That session was deleted in another tab.');
      return;
    }
    editing = id;
    const form = document.createElement('form');
    form.className = 'entry-edit';
    form.setAttribute('aria-label', `Edit ${entry.title}`);
    const note = document.createElement('textarea');
    note.name = 'note';
    note.rows = 2;
    note.maxLength = 1000;
    note.value = entry.note;
    const save = smallButton('Save changes', null, 'button-secondary');
    save.type = 'submit';
    const cancel = smallButton('Cancel');
    const row = document.createElement('div');
    row.className = 'button-row';
    row.append(save, cancel);
    form.append(field(`Pain before, ${scale.dataset.range}`, painSelect(scale, 'painBefore', entry.painBefore)),
      field(`Pain after, ${scale.dataset.range}`, painSelect(scale, 'painAfter', entry.painAfter)),
      field('Note', note), row);
    li.querySelector('.button-row').hidden = true;
    li.append(form);
    form.elements.painBefore.focus();
    cancel.addEventListener('click', () => close(entry.id));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const fields = form.elements;
      const saved = updateEntry(entry.id, { painBefore: painValue(fields.painBefore.value),
        painAfter: painValue(fields.painAfter.value), note: noteValue(fields.note.value) });
      if (!saved.ok && saved.reason === 'missing') {
        status('That session was deleted in another tab, so the changes were not saved.');
      } else {
        status(saved.ok ? `Saved changes to ${sessionName(entry)}.` : savedMessage(saved));
      }
      if (saved.ok || saved.reason === 'missing') close(entry.id);
    });
  }

  return {
    open,
    editButton,
    get editing() { return editing; },
    forget() { editing = null; },
  };
}
