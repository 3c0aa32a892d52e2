// The history page's list of sessions, newest first: what each session was, when, how long, its
// pain ratings in words and its note, with Edit and Delete.

// Dates in the app's language (the page's lang), as the chart and its sentence say them.
const locale = document.documentElement.lang || undefined;
const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

// "Jaw and face, 3 Nov 2026, 08:30": a session named for a button or a message.
export const sessionName = (entry) => `${entry.title}, ${when.format(new Date(entry.date))}`;

export function smallButton(text, label, kind = 'button-quiet') {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = `button ${kind} button-small`;
  node.textContent = text;
  if (label) node.setAttribute('aria-label', label);
  return node;
}

// One session as a list item; `onEdit(id)` and `onDelete(entry)` are its buttons' actions.
export function listItem(entry, { onEdit, onDelete }) {
  const li = document.createElement('li');
  li.className = 'session';
  const head = document.createElement('p');
  const titleEl = document.createElement('strong');
  titleEl.textContent = entry.title;
  const time = document.createElement('time');
  time.dateTime = entry.date;
  time.textContent = when.format(new Date(entry.date));
  head.append(titleEl, document.createElement('br'), time);
  const facts = document.createElement('p');
  facts.className = 'meta';
  const minutes = Math.max(1, Math.round(entry.seconds / 60));
  const parts = [`${minutes} min`, `${entry.points} ${entry.points === 1 ? 'step' : 'steps'}`];
  if (entry.painBefore !== null || entry.painAfter !== null) {
    // In words: a screen reader would say "right arrow, question mark" for glyphs.
    const said = (v) => (v === null ? 'not rated' : `${v} of 10`);
    parts.push(`pain ${said(entry.painBefore)} before, ${said(entry.painAfter)} after`);
  }
  facts.textContent = parts.join(' · ');
  li.append(head, facts);
  if (entry.note) {
    const note = document.createElement('p');
    note.textContent = entry.note;
    li.append(note);
  }
  const actions = document.createElement('div');
  actions.className = 'button-row';
  const edit = smallButton('Edit', `Edit ${sessionName(entry)}`);
  edit.dataset.edit = entry.id;
  edit.addEventListener('click', () => onEdit(entry.id));
  const remove = smallButton('Delete', `Delete ${sessionName(entry)}`);
  remove.addEventListener('click', () => onDelete(entry));
  actions.append(edit, remove);
  li.append(actions);
  return li;
}
