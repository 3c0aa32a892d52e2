// The body map on a phone: one side at a time, drawn large enough to tap, with a Front/Back
// switch. The layout itself is CSS (`@media (scripting: enabled)`), so it is right from the
// first paint with nothing shifting; this only wires the switch. Without JavaScript both sides
// show side by side. The chosen side is kept for the visit, except where a region exists on
// one side only (the page says so: data-fixed-view).

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
  show(map.dataset.fixedView || (['front', 'back'].includes(remembered) ? remembered : map.dataset.view));
  for (const b of buttons) {
    b.addEventListener('click', () => {
      show(b.dataset.viewButton);
      try {
        sessionStorage.setItem(VIEW_KEY, b.dataset.viewButton);
      } catch {
        // Not remembered: nothing else changes.
      }
    });
  }
}

const bodyMap = document.querySelector('[data-body-map]');
if (bodyMap) setUpBodyMap(bodyMap);
