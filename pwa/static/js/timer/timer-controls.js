// The session's buttons and the stage: Pause, Resume, Skip, Reset with its question, and one tap
// anywhere on the stage to pause or resume (hands are busy with a ball). Start is wired by
// timer-page.js, which may be tapped before the session's module loads. `act` holds the
// runner's actions: pause, resume, skip, reset, running() (a session is in progress).

export function wireControls(view, root, act) {
  view.button('pause').addEventListener('click', act.pause);
  view.button('resume').addEventListener('click', act.resume);
  view.button('skip').addEventListener('click', act.skip);
  // A mis-tap must not end a session: Reset asks first while one runs, and the timer keeps
  // going while it asks.
  view.button('reset').addEventListener('click', () => {
    if (act.running()) view.askReset(true);
    else act.reset();
  });
  view.button('reset-yes').addEventListener('click', act.reset);
  view.button('reset-no').addEventListener('click', () => {
    view.askReset(false);
    view.focus(root.dataset.state === 'paused' ? 'resume' : 'pause');
  });

  view.stage.addEventListener('click', (event) => {
    if (event.target.closest('a, button, input, select, textarea, summary')) return;
    if (root.dataset.state === 'running') act.pause();
    else if (root.dataset.state === 'paused') act.resume();
  });
}
