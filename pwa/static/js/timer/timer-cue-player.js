import { cuesToPlay } from '../engines/timer-core.js';
import { stepName, stepWords } from './timer-view.js';

// What the person hears as a session passes from one moment to the next: a beep or buzz for
// each cue due (cues.js), and, for a step, its name and side, then what to do: the same words
// the page shows. A rest says the next step.

const spoken = (segment) => [stepName(segment).replace(' · ', ', '), stepWords(segment)].filter(Boolean).join('. ');

export function playCues(cues, plan, from, to) {
  for (const cue of cuesToPlay(plan, from, to)) {
    cues.play(cue.type);
    if (cue.type === 'start' || cue.type === 'switch') cues.say(spoken(cue.segment));
    else if (cue.type === 'rest') {
      const next = plan[plan.indexOf(cue.segment) + 1];
      cues.say(next ? `Rest. Next: ${spoken(next)}` : 'Rest');
    } else if (cue.type === 'done') cues.say('Done. Well done.');
  }
}
