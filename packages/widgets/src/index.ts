// Defines every mrc element. Import a single element's `mrc-*.js` file instead to load only that one.
import './centre-finder/mrc-centre-finder.js';
import './hotline-card/mrc-hotline-card.js';
import './provider/mrc-provider.js';
import './risk-quiz/mrc-risk-quiz.js';
import './procedure-checklist/mrc-procedure-checklist.js';

export { MrcCentreFinder } from './centre-finder/centre-finder.js';
export { MrcHotlineCard } from './hotline-card/hotline-card.js';
export { MrcProvider } from './provider/provider.js';
export { MrcRiskQuiz } from './risk-quiz/risk-quiz.js';
export { MrcQuizAnswerEvent, MrcQuizCompleteEvent, MrcQuizStartEvent } from './risk-quiz/quiz-events.js';
export type { QuizAnswerDetail, QuizCompleteDetail, QuizStartDetail } from './risk-quiz/quiz-events.js';
export { MrcProcedureChecklist } from './procedure-checklist/procedure-checklist.js';
export {
  MrcCentreShowEvent,
  MrcChecklistChangeEvent,
  MrcChecklistPrintEvent,
} from './procedure-checklist/checklist-events.js';
export type {
  CentreShowDetail,
  ChecklistChangeDetail,
  ChecklistPrintDetail,
} from './procedure-checklist/checklist-events.js';
export { MrcElement } from './base/mrc-element.js';
export { MrcDataElement } from './base/data-element.js';
export { define } from './base/define.js';
export { MrcContactEvent, MrcDataUpdateEvent, MrcDataWarningEvent, MrcErrorEvent } from './base/events.js';
export type { ContactDetail, DataUpdateDetail, DataWarningDetail, ErrorDetail } from './base/events.js';
export { MrcCentreSelectEvent, MrcSearchEvent } from './centre-finder/finder-events.js';
export type { CentreSelectDetail, SearchDetail } from './centre-finder/finder-events.js';
