import { define } from '../base/define.js';
import { MrcProvider } from './provider.js';

export { MrcProvider };

define('mrc-provider', MrcProvider);

declare global {
  interface HTMLElementTagNameMap {
    'mrc-provider': MrcProvider;
  }
}
