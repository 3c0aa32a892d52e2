import { formatTime, sideLabel } from '../engines/timer-core.js';

// The timer page's DOM as the first paint needs it: the stage ready to start (step, dial, time,
// instruction, cautions), the controls, the notes and the plan's totals. A running session and
// the finish card are drawn by timer-session-view.js. Both show what they are given and decide
// nothing; timer-page.js and timer-run.js keep the state.

export function formatDuration(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s ? `${m} min ${s} s` : `${m} min`;
}

export function stepName(segment) {
  return [segment.name, sideLabel(segment.side)].filter(Boolean).join(' · ');
}

// What a step asks of the person, in one line: the routine's instruction, then the step's own
// note (from whoever made the routine). Shown, announced and spoken alike.
export function stepWords(segment) {
  return [segment.instruction, segment.note].map((t) => (t || '').trim()).filter(Boolean).join(' ');
}

export const listItems = (texts) => texts.map((text) => Object.assign(document.createElement('li'), { textContent: text }));

// The controls stick just above the tab bar (timer.css): its height, and theirs, measured as
// they change (text size, labels wrapping, a rotated phone).
export function measureBars(root) {
  const bar = document.querySelector('.tab-bar');
  const controls = root.querySelector('[data-controls]');
  if (!globalThis.ResizeObserver || !controls) return;
  const observer = new ResizeObserver(() => {
    if (bar) root.style.setProperty('--tab-bar-block', `${bar.getBoundingClientRect().height}px`);
    root.style.setProperty('--controls-block', `${controls.getBoundingClientRect().height}px`);
  });
  for (const node of [bar, controls]) if (node) observer.observe(node);
}

export function createTimerView(root) {
  const part = (name) => root.querySelector(`[data-${name}]`);
  const button = (action) => root.querySelector(`[data-action="${action}"]`);

  const view = {
    part,
    button,
    pageTitle: document.title,

    showText(name, value) {
      const node = part(name);
      node.textContent = value || '';
      node.hidden = !value;
    },

    setRing(fractionLeft) {
      part('ring').style.strokeDashoffset = String(100 - fractionLeft * 100);
    },

    // {name, slug, cautions} of the muscle being worked, or null: its cautions and a link to
    // how to treat it.
    showMuscle(muscle) {
      const cautions = muscle?.cautions || [];
      part('cautions-list').replaceChildren(...listItems(cautions));
      part('cautions').hidden = cautions.length === 0;
      const link = part('howto');
      link.hidden = !muscle;
      // A picture of how to treat it (its first tool), from the icon sprite.
      const picture = part('picture');
      picture.toggleAttribute('hidden', !muscle?.picture); // an SVG element has no .hidden
      if (muscle?.picture) {
        const use = picture.firstElementChild;
        use.setAttribute('href', use.getAttribute('href').replace(/#.*$/, `#tool-${muscle.picture}`));
      }
      if (!muscle) return;
      link.href = `${root.dataset.musclesUrl}${encodeURIComponent(muscle.slug)}#treat-heading`;
      link.textContent = `${muscle.name}: how to treat it`;
    },

    showNotes(notes) {
      part('notes').replaceChildren(...listItems(notes));
      part('notes').hidden = notes.length === 0;
    },

    addNote(note) {
      part('notes').append(...listItems([note]));
      part('notes').hidden = false;
    },

    setHeading(text) {
      part('timer-title').textContent = text;
    },

    renderPlanInfo({ warnings, points, seconds }) {
      part('warnings').replaceChildren(...listItems(warnings));
      part('warnings').hidden = warnings.length === 0;
      part('total').textContent = `${points} ${points === 1 ? 'step' : 'steps'}, ${formatDuration(seconds)} in all.`;
    },

    // state: ready | running | paused | done
    setControls(state) {
      const active = state === 'running' || state === 'paused';
      button('start').hidden = !(state === 'ready' || state === 'done');
      button('start').querySelector('span').textContent = state === 'done' ? 'Start again' : 'Start';
      button('pause').hidden = state !== 'running';
      button('resume').hidden = state !== 'paused';
      button('skip').hidden = !active;
      button('reset').hidden = state === 'ready';
      part('pain-before-field').hidden = state !== 'ready';
      if (!active) view.askReset(false);
      root.dataset.state = state;
      part('tap-hint').hidden = !active;
      part('tap-hint').textContent = state === 'paused' ? 'Tap anywhere here to resume.' : 'Tap anywhere here to pause.';
      root.querySelectorAll('[data-settings] input, [data-settings] select').forEach((input) => {
        input.disabled = active;
      });
      if (active) document.documentElement.dataset.timerRunning = 'true';
      else delete document.documentElement.dataset.timerRunning;
    },

    // The question a Reset asks while a session runs; the timer keeps going meanwhile.
    askReset(show) {
      part('reset-confirm').hidden = !show;
      if (show) button('reset-no').focus();
    },

    renderReady(first, muscle) {
      document.title = view.pageTitle;
      part('step').textContent = stepName(first);
      part('phase').textContent = 'Ready';
      part('time').textContent = formatTime(first.ms);
      part('sub').textContent = `Step 1 of ${first.points}`;
      view.showText('instruction', first.instruction);
      view.showText('step-note', first.note ? `Note: ${first.note}` : '');
      view.showText('next', '');
      view.showMuscle(muscle);
      part('checkin').hidden = true;
      part('summary').hidden = true;
      view.setRing(1);
      view.setControls('ready');
    },
  };
  return view;
}
