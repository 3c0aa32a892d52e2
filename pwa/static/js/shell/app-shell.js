import { closeNotesWithEscape, measureFloating } from './notes-placement.js';

// What every page needs before its first paint: room for the tab bar and the notes. The rest
// (the service worker and its notes, install, the connection line, sharing) waits in a bundle of
// its own, named in this script's data-module and imported now, holding nothing up.

measureFloating();
closeNotesWithEscape();
const later = document.querySelector('script[data-module]')?.dataset.module;
if (later) import(later).catch(() => {}); // offline before the worker saved it: online features only
