// Show red-flag warnings by cloning the <template> of templates/_red_flags.html, so the
// markup of a warning is written once, for the server and the browser alike.
//
// Said once: a warning is an alert (read out at once) only the first time it appears for what is
// being typed. Warnings already shown keep their nodes, so a screen reader does not read them
// again as the query grows; one that goes and comes back while typing comes back quietly.

const said = new WeakMap(); // output -> ids of the warnings already announced there

// A warning drawn from a copy of `model`, one warning's markup (templates/_red_flags.html red_flag).
export function buildWarning(model, callouts, warning) {
  const section = model.cloneNode(true);
  section.classList.replace(callouts[section.dataset.level], callouts[warning.level]);
  section.dataset.level = warning.level;
  section.dataset.flag = warning.id;
  const id = `red-flag-${warning.id}`;
  section.setAttribute('aria-labelledby', id);
  section.querySelector('[id]').id = id;
  for (const slot of section.querySelectorAll('[data-slot]')) {
    if (slot.dataset.slot === 'url') slot.href = warning.url;
    else slot.textContent = warning[slot.dataset.slot] ?? '';
    if (slot.dataset.slot === 'message') slot.hidden = !slot.textContent;
  }
  return section;
}

export function renderWarnings(output, warnings, template = document.querySelector('[data-red-flag-template]')) {
  const callouts = JSON.parse(template.dataset.callouts);
  const announced = said.get(output) || new Set();
  said.set(output, announced);
  const shown = new Map([...output.children].map((node) => [node.dataset.flag, node]));
  for (const id of shown.keys()) announced.add(id); // the server's warnings were read with the page
  const wanted = new Set(warnings.map((w) => w.id));
  for (const [id, node] of shown) if (!wanted.has(id)) node.remove();
  let next = output.firstElementChild;
  for (const warning of warnings) {
    let node = shown.get(warning.id);
    if (node === next) {
      next = node.nextElementSibling;
      continue;
    }
    if (node) {
      node.removeAttribute('role'); // moved, not new: not read again
    } else {
      node = buildWarning(template.content.firstElementChild, callouts, warning);
      if (announced.has(warning.id)) node.removeAttribute('role');
      announced.add(warning.id);
    }
    output.insertBefore(node, next);
  }
}

// A cleared box starts a new query: its warnings will be announced again.
export function forgetWarnings(output) {
  said.delete(output);
  output.replaceChildren();
}
