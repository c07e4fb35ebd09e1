// Defines every mrc element. Import a single element's `mrc-*.js` file instead to load only that one.
import './hotline-card/mrc-hotline-card.js';

export { MrcHotlineCard } from './hotline-card/hotline-card.js';
export { MrcElement } from './base/mrc-element.js';
export { MrcDataElement } from './base/data-element.js';
export { define } from './base/define.js';
export { MrcContactEvent, MrcDataWarningEvent, MrcErrorEvent } from './base/events.js';
export type { ContactDetail, DataWarningDetail, ErrorDetail } from './base/events.js';
