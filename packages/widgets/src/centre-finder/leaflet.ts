// Leaflet's ES module build (its package's main file is UMD), loaded with ./leaflet-guard.ts
// around it so that it also loads on pages that enforce Trusted Types. Imports run in order: the
// guard, then Leaflet, then this module's body.
import { removeGuard } from './leaflet-guard.js';
import * as L from 'leaflet/dist/leaflet-src.esm.js';

removeGuard();

export { L };
