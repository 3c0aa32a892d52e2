// Show red-flag warnings by cloning the <template> of templates/_red_flags.html, so the
// markup of a warning is written once, for the server and the browser alike.

export function renderWarnings(output, warnings, template = document.querySelector('[data-red-flag-template]')) {
  const callouts = JSON.parse(template.dataset.callouts);
  const shown = [...output.children].map((node) => node.dataset.flag).join(' ');
  // The same warnings again: leave them, so a screen reader does not announce them twice.
  if (shown === warnings.map((w) => w.id).join(' ')) return;
  output.replaceChildren(...warnings.map((warning) => {
    const section = template.content.firstElementChild.cloneNode(true);
    section.classList.replace(callouts[section.dataset.level], callouts[warning.level]);
    section.dataset.level = warning.level;
    section.dataset.flag = warning.id;
    const id = `red-flag-${warning.id}`;
    section.setAttribute('aria-labelledby', id);
    section.querySelector('[id]').id = id;
    for (const slot of section.querySelectorAll('[data-slot]')) {
      if (slot.dataset.slot === 'url') slot.href = warning.url;
      else slot.textContent = warning[slot.dataset.slot];
    }
    return section;
  }));
}
