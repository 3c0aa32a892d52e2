import { loadRoutines } from './routine-model.js';
import { encodeRoutine, routineSeconds } from '../engines/routine-link.js';
import { formatMinutes } from './routine-view.js';
import { qrSvg } from './qr-svg.js';

// /routines/share?id=<id>: one own routine as a link (routine-link.js), through the system share
// sheet where there is one, else copied; the link stays in a text field to select by hand if
// the clipboard is refused; and a QR code, drawn on the phone when asked for.

const shareRoot = document.querySelector('[data-share-routine]');
if (shareRoot) setUpShare(shareRoot);

function setUpShare(root) {
  const part = (name) => root.querySelector(`[data-share-${name}]`);
  const id = new URLSearchParams(location.search).get('id');
  const routine = id === null ? null : loadRoutines().find((r) => r.id === id);
  if (!routine) {
    part('missing').hidden = false;
    return;
  }
  const link = `${new URL(root.dataset.sharedPath, location.origin)}#${encodeRoutine(routine)}`;
  const status = (message) => {
    part('status').textContent = message;
  };

  part('title').textContent = routine.title;
  const steps = routine.steps.length;
  part('meta').textContent = `About ${formatMinutes(routineSeconds(routine))} · ${steps} ${steps === 1 ? 'step' : 'steps'}`;
  part('link').value = link;
  part('ready').hidden = false;
  remindWith(root.querySelector('[data-calendar]'), routine, link);

  if (navigator.share) {
    part('send').hidden = false;
    part('send').addEventListener('click', async () => {
      try {
        await navigator.share({ title: routine.title, text: `Self-massage routine: ${routine.title}`, url: link });
      } catch (error) {
        if (error?.name !== 'AbortError') copy(); // no share target, or refused: copy instead
      }
    });
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      status('Link copied. Paste it into a message.');
    } catch {
      const field = part('link');
      field.focus();
      field.select();
      status('Copying was not allowed here: the link below is selected, copy it from there.');
    }
  }
  part('copy').addEventListener('click', copy);

  part('qr-toggle').addEventListener('click', () => {
    const figure = part('qr');
    const open = figure.hidden;
    if (open && !part('qr-code').firstChild) {
      const { svg, version, size } = qrSvg(link, `QR code of the link to ${routine.title}`);
      part('qr-code').append(svg);
      // Words a person can use, not the code's version: a long link makes a dense code.
      part('qr-size').dataset.version = String(version);
      part('qr-size').dataset.size = String(size);
      part('qr-size').textContent = version > 10 ? 'The code is dense: hold the phone steady, a hand’s width away, in good light.' : '';
    }
    figure.hidden = !open;
    part('qr-toggle').setAttribute('aria-expanded', String(open));
    part('qr-toggle').textContent = open ? 'Hide QR code' : 'Show QR code';
  });
}

// "Add to calendar" (calendar-page.js reads the form's data when it writes the file): the
// event opens the routine through its link, so it works from any device's calendar.
function remindWith(form, routine, link) {
  if (!form) return;
  const name = routine.title.replace(/[^\p{L}\p{N} -]+/gu, '').trim().slice(0, 40);
  Object.assign(form.dataset, {
    slug: routine.id, filename: name || routine.id, path: link, title: routine.title,
    description: routine.note, minutes: String(Math.round(routineSeconds(routine) / 60)),
  });
}
