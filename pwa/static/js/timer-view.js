import { formatTime, sideLabel } from './timer-core.js';

// The timer page's DOM: the stage (step, dial, time, instruction, cautions), the controls, the
// notes and the finish card. It shows what it is given and decides nothing; timer-page.js
// keeps the state.

export function formatDuration(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s ? `${m} min ${s} s` : `${m} min`;
}

export function stepName(segment) {
  return [segment.name, sideLabel(segment.side)].filter(Boolean).join(' · ');
}

const listItems = (texts) => texts.map((text) => Object.assign(document.createElement('li'), { textContent: text }));

export function createTimerView(root) {
  const part = (name) => root.querySelector(`[data-${name}]`);
  const button = (action) => root.querySelector(`[data-action="${action}"]`);
  const pageTitle = document.title;
  let lastIndex = -1;

  function showText(name, value) {
    const node = part(name);
    node.textContent = value || '';
    node.hidden = !value;
  }

  function setRing(fractionLeft) {
    part('ring').style.strokeDashoffset = String(100 - fractionLeft * 100);
  }

  // {name, slug, cautions} of the muscle being worked, or null: its cautions and a link to how
  // to treat it.
  function showMuscle(muscle) {
    const cautions = muscle?.cautions || [];
    part('cautions-list').replaceChildren(...listItems(cautions));
    part('cautions').hidden = cautions.length === 0;
    const link = part('howto');
    link.hidden = !muscle;
    if (!muscle) return;
    link.href = `${root.dataset.musclesUrl}${encodeURIComponent(muscle.slug)}#treat-heading`;
    link.textContent = `${muscle.name}: how to treat it`;
  }

  const view = {
    button,

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
      part('total').textContent = `${points} ${points === 1 ? 'point' : 'points'}, ${formatDuration(seconds)} in all.`;
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

    resetAsked() {
      return !part('reset-confirm').hidden;
    },

    focus(action) {
      const target = button(action);
      if (target && !target.hidden) target.focus({ preventScroll: true });
    },

    renderReady(first, muscle) {
      lastIndex = -1;
      document.title = pageTitle;
      part('step').textContent = stepName(first);
      part('phase').textContent = 'Ready';
      part('time').textContent = formatTime(first.ms);
      part('sub').textContent = `Point 1 of ${first.points}`;
      showText('instruction', first.instruction);
      showText('next', '');
      showMuscle(muscle);
      part('checkin').hidden = true;
      part('summary').hidden = true;
      setRing(1);
      view.setControls('ready');
    },

    render(pos, muscle) {
      const { segment } = pos;
      const work = segment.kind === 'work';
      part('step').textContent = work ? stepName(segment) : 'Rest';
      let phase = work ? (segment.mode === 'strokes' ? `Stroke ${pos.stroke} of ${segment.strokes}` : 'Hold') : 'Next one in';
      root.dataset.segment = segment.kind;
      if (pos.paused) phase = 'Paused';
      part('phase').textContent = phase;
      part('time').textContent = formatTime(pos.remainingMs);
      // The app switcher and the tab show the time too.
      document.title = `${formatTime(pos.remainingMs)} ${work ? stepName(segment) : 'Rest'} · ${pageTitle}`;
      const step = work ? segment : pos.next;
      const rounds = work && segment.rounds > 1 ? ` · round ${segment.round} of ${segment.rounds}` : '';
      part('sub').textContent = step ? `Point ${step.point} of ${step.points}${rounds}` : '';
      showText('instruction', work ? segment.instruction : '');
      showText('next', !work && pos.next ? `Next up: ${stepName(pos.next)}. ${pos.next.instruction}`.trim() : '');
      part('checkin').hidden = !work;
      setRing(1 - pos.progress);
      if (pos.index !== lastIndex) {
        lastIndex = pos.index;
        showMuscle(muscle);
        part('announce').textContent = work
          ? `${stepName(segment)}: ${segment.mode === 'strokes' ? `${segment.strokes} strokes` : `${segment.seconds} seconds`}`
          : `Rest ${segment.ms / 1000} seconds${pos.next ? `. Next up: ${stepName(pos.next)}` : ''}`;
      }
    },

    // The finish card: what was done, and whether it is saved (said only once it is).
    renderDone(entry, savedText) {
      document.title = `Done · ${pageTitle}`;
      part('step').textContent = 'Done';
      part('phase').textContent = 'Finished';
      part('time').textContent = '0:00';
      part('sub').textContent = '';
      showText('instruction', '');
      showText('next', '');
      showMuscle(null);
      part('checkin').hidden = true;
      setRing(1);
      view.setControls('done');
      view.showNotes([]);
      part('summary-text').textContent = `${entry.points} ${entry.points === 1 ? 'point' : 'points'} in ${formatDuration(entry.seconds)}. ` +
        'Sore for more than a day and a half afterwards? Go lighter next time.';
      part('summary-saved').textContent = savedText;
      view.fillDiary(entry);
      view.setDiaryStatus('');
      part('summary').hidden = false;
      part('summary').focus();
    },

    hideSummary() {
      part('summary').hidden = true;
    },

    diaryForm: part('diary-form'),

    fillDiary(entry, { unlessFocused = false } = {}) {
      const fields = part('diary-form').elements;
      const focused = (field) => unlessFocused && document.activeElement === field;
      if (!focused(fields.painAfter)) fields.painAfter.value = entry.painAfter ?? '';
      if (!focused(fields.note)) fields.note.value = entry.note ?? '';
    },

    setDiaryStatus(message) {
      part('diary-status').textContent = message;
    },

    painBefore: () => part('pain-before-field').querySelector('select'),

    scrollToStage() {
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      part('stage').scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    },

    stage: part('stage'),
  };
  return view;
}
