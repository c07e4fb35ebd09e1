import { define } from '../base/define.js';
import { MrcProcedureChecklist } from './procedure-checklist.js';

export { MrcProcedureChecklist };

define('mrc-procedure-checklist', MrcProcedureChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'mrc-procedure-checklist': MrcProcedureChecklist;
  }
}
