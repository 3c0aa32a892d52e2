import { isStarred, noteMuscleViewed, setStarred } from './keep-store.js';

// A muscle's or a built-in routine's page: the star toggle (a button with aria-pressed; its
// words are the template's) and, on a muscle's page (its star says so), the visit for
// "Recently viewed".

const button = document.querySelector('[data-star]');
if (button) {
  const { star: kind, slug } = button.dataset;
  const status = document.querySelector('[data-star-status]');
  button.setAttribute('aria-pressed', String(isStarred(kind, slug)));
  button.removeAttribute('data-pending');
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    const saved = setStarred(kind, slug, on);
    if (saved.ok) button.setAttribute('aria-pressed', String(on));
    if (status) status.textContent = saved.ok ? '' : status.dataset.failed;
  });
}

const muscle = document.querySelector('[data-star="muscles"]');
if (muscle) noteMuscleViewed(muscle.dataset.slug);
