import { setUpConnection } from './connection.js';
import { askForPersistentStorage, setUpInstall } from './install.js';
import { setUpShare } from './share-link.js';
import { startServiceWorker } from './worker-updates.js';

// What every page does once it is drawn (app-shell.js imports this bundle, data-module): the
// install button and hint, the offline copy and updates, the connection line, sharing.

setUpInstall();
setUpConnection();
setUpShare();
askForPersistentStorage();
startServiceWorker();
