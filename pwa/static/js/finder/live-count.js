// A short spoken count for results that change as a person types ("5 muscles, 2 routines"),
// said only once the typing pauses and only when the numbers differ from what was last said.
// "Nothing matched" waits for a longer pause, so the first letters of a word never get it.

const PAUSE_MS = 900;
const EMPTY_PAUSE_MS = 1800;

// element: a visually hidden role="status" with data-count-words (JSON: kind -> [one, many])
// and data-count-none (the words for no result).
export function liveCount(element) {
  const words = JSON.parse(element.dataset.countWords);
  let timer = 0;
  let last = element.textContent;
  const say = (text, wait) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (text !== last) element.textContent = text;
      last = text;
    }, wait);
  };
  return {
    results(counts) {
      const parts = Object.entries(words)
        .filter(([kind]) => counts[kind] > 0)
        .map(([kind, [one, many]]) => `${counts[kind]} ${counts[kind] === 1 ? one : many}`);
      if (parts.length) say(parts.join(', '), PAUSE_MS);
      else say(element.dataset.countNone, EMPTY_PAUSE_MS);
    },
    clear() {
      clearTimeout(timer);
      last = '';
      element.textContent = '';
    },
  };
}
