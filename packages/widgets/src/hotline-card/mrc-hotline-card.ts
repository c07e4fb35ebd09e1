import { define } from '../base/define.js';
import { MrcHotlineCard } from './hotline-card.js';

export { MrcHotlineCard };

define('mrc-hotline-card', MrcHotlineCard);

declare global {
  interface HTMLElementTagNameMap {
    'mrc-hotline-card': MrcHotlineCard;
  }
}
