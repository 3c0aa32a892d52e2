// The body map on a phone: one side at a time, drawn large enough to tap, with a Front/Back
// switch. The layout itself is CSS (`@media (scripting: enabled)`), so it is right from the
// first paint with nothing shifting; this only wires the switch. Without JavaScript both sides
// show side by side. The chosen side is kept for the visit, except where a region exists on
// one side only (the page says so: data-fixed-view). The head is too small on the whole body
// to tap its parts: a tap on it shows the larger head view in place of the body (without
// JavaScript the same link scrolls down to that view).

const VIEW_KEY = 'tpg.map-view';

function setUpBodyMap(map) {
  const buttons = [...map.querySelectorAll('[data-view-button]')];
  const show = (view) => {
    map.dataset.view = view;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.viewButton === view));
  };
  let remembered = null;
  try {
    remembered = sessionStorage.getItem(VIEW_KEY);
  } catch {
    remembered = null; // storage blocked: start on the page's own side
  }
  const choose = (view) => {
    show(view);
    try {
      sessionStorage.setItem(VIEW_KEY, view);
    } catch {
      // Not remembered: nothing else changes.
    }
  };
  const views = buttons.map((b) => b.dataset.viewButton);
  show(map.dataset.fixedView || (views.includes(remembered) ? remembered : map.dataset.view));
  for (const b of buttons) b.addEventListener('click', () => choose(b.dataset.viewButton));
  for (const link of map.querySelectorAll('[data-show-view]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      choose(link.dataset.showView);
      // Keyboard focus was on the link just hidden: move it to the view that replaced it.
      map.querySelector(`[data-figure="${link.dataset.showView}"]`).focus({ preventScroll: true });
    });
  }
}

const bodyMap = document.querySelector('[data-body-map]');
if (bodyMap) setUpBodyMap(bodyMap);
