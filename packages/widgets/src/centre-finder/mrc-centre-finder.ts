import { define } from '../base/define.js';
import { MrcCentreFinder } from './centre-finder.js';

export { MrcCentreFinder };

define('mrc-centre-finder', MrcCentreFinder);

declare global {
  interface HTMLElementTagNameMap {
    'mrc-centre-finder': MrcCentreFinder;
  }
}
