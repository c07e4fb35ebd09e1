import { define } from '../base/define.js';
import { MrcRiskQuiz } from './risk-quiz.js';

export { MrcRiskQuiz };

define('mrc-risk-quiz', MrcRiskQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'mrc-risk-quiz': MrcRiskQuiz;
  }
}
