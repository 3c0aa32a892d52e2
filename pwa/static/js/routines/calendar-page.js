import { buildCalendar } from './calendar-ics.js';

// "Add to calendar" on a routine's page: the form's choices become a downloaded .ics file.

const form = document.querySelector('[data-calendar]');

function plan() {
  const data = new FormData(form);
  const how = data.get('repeat');
  const times = how === 'twice' ? [data.get('time'), data.get('time2')] : [data.get('time')];
  const valid = times.filter((t) => /^\d{2}:\d{2}$/.test(t || ''));
  return { times: valid.length ? valid : ['08:00'], days: how === 'days' ? data.getAll('day') : null };
}

function download(text, name) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

if (form) {
  const show = () => {
    const how = form.elements.repeat.value;
    form.querySelector('[data-calendar-days]').hidden = how !== 'days';
    form.querySelector('[data-calendar-time2]').hidden = how !== 'twice';
  };
  form.addEventListener('change', show);
  show();
  // A link to the page's #calendar (an own routine's "Reminder") opens the form.
  const details = form.closest('details');
  if (details && location.hash === `#${details.id}`) details.open = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const routine = { ...form.dataset, url: new URL(form.dataset.path, location.href).href };
    download(buildCalendar(plan(), routine), `${form.dataset.filename || form.dataset.slug}.ics`);
    const status = form.querySelector('[role="status"]');
    status.textContent = status.dataset.done;
  });
}
