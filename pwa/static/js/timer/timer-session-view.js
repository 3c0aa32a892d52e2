import { formatTime } from '../engines/timer-core.js';
import { formatDuration, stepName, stepWords } from './timer-view.js';

// The timer page's DOM while a session runs and when it ends: the stage as time passes, what is
// announced to a screen reader, the finish card with its rating and note. Built on the first
// paint's view (timer-view.js); it shows what it is given and decides nothing.

export function createSessionView(view, root) {
  const { part, button } = view;
  let lastIndex = -1;

  return {
    ...view,

    // A new session: its first step is announced even when it is the step shown last time.
    restart() {
      lastIndex = -1;
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
      document.title = `${formatTime(pos.remainingMs)} ${work ? stepName(segment) : 'Rest'} · ${view.pageTitle}`;
      const step = work ? segment : pos.next;
      const rounds = work && segment.rounds > 1 ? ` · round ${segment.round} of ${segment.rounds}` : '';
      part('sub').textContent = step ? `Step ${step.point} of ${step.points}${rounds}` : '';
      view.showText('instruction', work ? segment.instruction : '');
      view.showText('step-note', work && segment.note ? `Note: ${segment.note}` : '');
      view.showText('next', !work && pos.next ? `Next up: ${stepName(pos.next)}. ${stepWords(pos.next)}`.trim() : '');
      part('checkin').hidden = !work;
      view.setRing(1 - pos.progress);
      if (pos.index !== lastIndex) {
        lastIndex = pos.index;
        view.showMuscle(muscle);
        // Said once per step (never every second): what, how long, and what to do.
        const sentences = (...parts) => parts.filter(Boolean).join('. ');
        part('announce').textContent = work
          ? sentences(`Step ${segment.point} of ${segment.points}, ${stepName(segment)}: ${segment.mode === 'strokes' ? `${segment.strokes} strokes` : `${segment.seconds} seconds`}`, stepWords(segment))
          : sentences(`Rest ${segment.ms / 1000} seconds`, pos.next && `Next up: ${stepName(pos.next)}`, pos.next && stepWords(pos.next));
      }
    },

    // The finish card: what was done, and whether it is saved (said only once it is).
    renderDone(entry, savedText) {
      document.title = `Done · ${view.pageTitle}`;
      part('step').textContent = 'Done';
      part('phase').textContent = 'Finished';
      part('time').textContent = '0:00';
      part('sub').textContent = '';
      view.showText('instruction', '');
      view.showText('step-note', '');
      view.showText('next', '');
      view.showMuscle(null);
      part('checkin').hidden = true;
      view.setRing(1);
      view.setControls('done');
      view.showNotes([]);
      part('summary-text').textContent = `${entry.points} ${entry.points === 1 ? 'step' : 'steps'} in ${formatDuration(entry.seconds)}. ` +
        'Sore for more than a day and a half afterwards? Go lighter next time.';
      part('summary-saved').textContent = savedText;
      this.fillDiary(entry);
      this.setDiaryStatus('');
      part('summary').hidden = false;
      // Focus goes to the next thing to do, rating the pain, in the middle of the screen (clear
      // of the tab bar); its label and the card's words say what happened.
      const rate = part('pain-select');
      rate.focus({ preventScroll: true });
      rate.scrollIntoView({ block: 'center' });
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

    focus(action) {
      const target = button(action);
      if (target && !target.hidden) target.focus({ preventScroll: true });
    },

    scrollToStage() {
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      part('stage').scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    },

    stage: part('stage'),
  };
}
