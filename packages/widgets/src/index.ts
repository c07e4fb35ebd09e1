// Defines every mrc element. Import a single element's `mrc-*.js` file instead to load only that one.
import './centre-finder/mrc-centre-finder.js';
import './hotline-card/mrc-hotline-card.js';

export { MrcCentreFinder } from './centre-finder/centre-finder.js';
export { MrcHotlineCard } from './hotline-card/hotline-card.js';
export { MrcElement } from './base/mrc-element.js';
export { MrcDataElement } from './base/data-element.js';
export { define } from './base/define.js';
export {
  MrcCentreSelectEvent,
  MrcContactEvent,
  MrcDataWarningEvent,
  MrcErrorEvent,
  MrcSearchEvent,
} from './base/events.js';
export type { CentreSelectDetail, ContactDetail, DataWarningDetail, ErrorDetail, SearchDetail } from './base/events.js';
