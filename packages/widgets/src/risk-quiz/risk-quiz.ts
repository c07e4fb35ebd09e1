import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import {
  ownValue,
  type Dataset,
  type DataWarning,
  type LoadResult,
  type MrcClient,
  type Quiz,
  type QuizQuestion,
  type RandomSource,
} from '@mrc-kit/sdk';
import { devWarn } from '../base/dev.js';
import { Announcer } from '../base/announcer.js';
import { MrcDataElement } from '../base/data-element.js';
import { renderDataTask, rerunInPlace } from '../base/data-task.js';
import { renderFreshnessNote } from '../base/freshness-note.js';
import { MrcDataWarningEvent } from '../base/events.js';
import { dirOf, textIn } from '../base/texts.js';
import { LazyPart } from '../base/lazy-part.js';
import { MrcQuizAnswerEvent, MrcQuizCompleteEvent, MrcQuizStartEvent } from './quiz-events.js';
import { QuizSession, type QuizStep } from './quiz-session.js';
import { riskQuizStyles } from './risk-quiz.styles.js';

interface Loaded {
  dataset: Dataset;
  quiz?: Quiz;
  freshness?: LoadResult['freshness'];
}

/** What the live region says; its words are chosen at render time, in the current UI language. */
type Announcement = Extract<QuizStep, { kind: 'checked' | 'missing' }>;

/** The questions, loaded when the person starts the quiz (or is about to press "Start"). */
const questions = new LazyPart(() => import('./quiz-question.js'));
const preloadQuestions = () => void questions.preload();
/** The results and what follows them, loaded once the person is taking the quiz. */
const finish = new LazyPart(() => import('./quiz-finish.js'));

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The quiz asked for (else the first), with the warnings of a source that validates each answer on its own. */
async function findQuiz(client: MrcClient, id: string | undefined): Promise<{ quiz?: Quiz; warnings: DataWarning[] }> {
  if (client.quizzes.find) return client.quizzes.find(id);
  const quiz = id ? await client.quizzes.get(id) : (await client.quizzes.list())[0];
  return { ...(quiz && { quiz }), warnings: [] };
}

/**
 * A risk-awareness quiz about irregular migration: one question at a time, feedback on every
 * option and an explanation with its source after each answer, then the score (or the myths and
 * the facts), a review of every answer, and where to get help. Answers stay in the browser.
 *
 * @tagname mrc-risk-quiz
 * @summary Risk-awareness quiz with feedback, sources, a review and a route to help.
 *
 * @slot - Fallback content (a link to the quiz elsewhere, say), shown before the element loads, when the quiz cannot be loaded or is not found.
 *
 * @csspart screen - The current screen (intro, question or end).
 * @csspart title - The quiz's title on the intro screen (a heading).
 * @csspart quiz-title - The quiz's title above a question or the results.
 * @csspart intro - The quiz's introduction.
 * @csspart notice - "The quiz starts again" after kept progress no longer fitted the quiz.
 * @csspart start - The start button.
 * @csspart heading - "Question 3 of 8" or "Your results" (a heading; focus moves to it).
 * @csspart progress-bar - The progress bar under the question heading.
 * @csspart fieldset - The question's fieldset.
 * @csspart prompt - The question (the fieldset's legend).
 * @csspart hint - What to do ("Choose one answer.").
 * @csspart options - The list of options.
 * @csspart option - One option, with its verdict and feedback once checked.
 * @csspart option-feedback - An option's own feedback.
 * @csspart error - "Choose an answer first."
 * @csspart feedback - The verdict and the explanation after an answer is checked (focus moves to it).
 * @csspart explanation - Why the right answer is right.
 * @csspart source - The link to the source of the explanation.
 * @csspart actions - The row of buttons.
 * @csspart back - The previous-question button.
 * @csspart next - The check / next / see results button.
 * @csspart summary - The score and band message, or the lists of myths and facts.
 * @csspart score - "You got 6 out of 8 right." (and how many were partly right, when any were).
 * @csspart band - The message for the score's band.
 * @csspart statements - A list of myths or of facts.
 * @csspart review - The review of every answer.
 * @csspart review-item - One reviewed question.
 * @csspart retry-quiz - The button that starts the quiz again.
 * @csspart resources - "Where to get help".
 * @csspart resource-link - A link to help: a helpline or finder on the page, or a web page.
 * @csspart services - The services to ask a centre about.
 * @csspart hotlines - The quiz's hotlines (an `mrc-hotline-card`).
 *
 * @cssproperty [--mrc-color-surface=#ffffff] - Card background.
 * @cssproperty [--mrc-color-border=#c9c9c9] - Borders.
 * @cssproperty [--mrc-color-primary=#0b5cad] - Buttons, links and the progress bar.
 * @cssproperty [--mrc-color-on-primary=#ffffff] - Text on primary buttons.
 * @cssproperty [--mrc-color-open=#1b6e2d] - Right answers (always with a mark and words).
 * @cssproperty [--mrc-color-closed=#a8201a] - Wrong answers (always with a mark and words).
 *
 * @event mrc-quiz-start - The quiz was started or started again. `detail`: `{ quizId }`.
 * @event mrc-quiz-answer - An answer was checked. `detail`: `{ quizId, questionId, correct }`, never the answer itself.
 * @event mrc-quiz-complete - The results are shown. `detail`: `{ quizId, score, max, bandId?, bandIndex? }` (`score`: points with partial credit, two decimals; `bandIndex`: the band's place in the quiz's bands as published).
 */
export class MrcRiskQuiz extends MrcDataElement {
  static override styles = riskQuizStyles;

  /** The id of the quiz to show; without it, the dataset's first quiz. */
  @property() quiz?: string;

  /** Keep progress in this tab's sessionStorage, so that a reload (or following a source link) does not lose it. */
  @property({ type: Boolean }) resume = false;

  /** Heading level of the quiz's title (1–6), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Where shuffles draw their numbers (default `Math.random`). For demos and tests. */
  @property({ attribute: false }) random?: RandomSource;

  private session = new QuizSession(this, () => this.resume);
  private announcer = new Announcer<Announcement>(this);

  private data = new Task(this, {
    task: async ([client, id], { signal }): Promise<Loaded> => {
      const { dataset, freshness } = await this.loadFrom(client, signal);
      const { quiz, warnings } = await findQuiz(client!, id);
      if (!signal.aborted) {
        if (warnings.length > 0) this.emit(new MrcDataWarningEvent({ source: client!.source, warnings }));
        if (this.session.adopt(quiz)) this.announcer.clear();
      }
      return { dataset, freshness, ...(quiz && { quiz }) };
    },
    // `resume` is not an argument: turning it on or off keeps the quiz loaded (see willUpdate).
    args: () => [this.activeClient, this.quiz?.trim() || undefined] as const,
  });

  protected override dataUpdated(): Promise<void> {
    return rerunInPlace(this.data);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('resume') && changed.get('resume') !== undefined) this.session.resumeChanged(this.data.value?.quiz);
  }

  /**
   * After the screen changes, focus goes to its heading, so screen readers start reading there;
   * after a check, to the feedback (the options are disabled then, so focus would otherwise be lost).
   */
  private async focusOn(id: 'screen-heading' | 'feedback'): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /** Starts the quiz, or starts it again from the results (`again`: what was kept is forgotten). */
  private begin(quiz: Quiz, again = false): void {
    if (again) this.session.restart(quiz, this.random);
    else this.session.begin(quiz, this.random);
    this.announcer.clear();
    this.emit(new MrcQuizStartEvent({ quizId: quiz.id }));
    void this.focusOn('screen-heading');
  }

  private choose(question: QuizQuestion, optionId: string, on: boolean): void {
    if (this.session.choose(question, optionId, on) && this.announcer.current?.kind === 'missing') {
      this.announcer.clear();
    }
  }

  private submit(event: Event, quiz: Quiz, question: QuizQuestion): void {
    event.preventDefault();
    const step = this.session.submit(quiz, question);
    if (step?.kind === 'missing') this.announcer.show(step);
    else if (step?.kind === 'checked') {
      this.announcer.show(step);
      this.emit(new MrcQuizAnswerEvent({ quizId: quiz.id, questionId: step.questionId, correct: step.correct }));
      void this.focusOn('feedback');
    } else if (step) {
      this.announcer.clear();
      if (step.kind === 'finished') this.emit(new MrcQuizCompleteEvent(step.detail));
      void this.focusOn('screen-heading');
    }
  }

  private back(): void {
    if (!this.session.back()) return;
    this.announcer.clear();
    void this.focusOn('screen-heading');
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${renderDataTask(this.data, {
        tag: 'mrc-risk-quiz',
        loading: msg('Loading the quiz…', { id: 'quiz.loading' }),
        errorTitle: msg('The quiz could not be loaded.', { id: 'quiz.error' }),
        complete: (loaded) => this.renderLoaded(loaded),
      })}
      ${this.announcer.render((a) => this.announcementText(a))}
    </div>`;
  }

  private renderLoaded({ dataset, quiz, freshness }: Loaded): TemplateResult {
    if (!quiz) {
      devWarn(this.localName, `no quiz with the id "${this.quiz ?? ''}" in the data`);
      return html`<div part="message" class="message empty" role="status">
        <p>${msg('This quiz could not be found.', { id: 'quiz.not-found' })}</p>
        <slot></slot>
      </div>`;
    }
    const progress = this.session.progressOf(quiz);
    let screen: TemplateResult;
    if (!progress) screen = this.renderIntro(quiz, dataset);
    else if (progress.finished) {
      screen = finish.render(this, {
        complete: ({ renderFinish }) =>
          renderFinish({
            quiz,
            dataset,
            locale: this.locale,
            progress,
            headingLevel: this.level,
            onRetry: () => this.begin(quiz, true),
            client: this.activeClient,
            smoothScroll: !reducedMotion(),
          }),
      });
    } else {
      // Someone taking the quiz will want the results: their code comes while they answer.
      void finish.preload();
      screen = questions.render(this, {
        complete: ({ renderQuestion }) =>
          renderQuestion({
            quiz,
            dataset,
            locale: this.locale,
            progress,
            level: this.level,
            missing: this.announcer.current?.kind === 'missing',
            onChoose: (question, optionId, on) => this.choose(question, optionId, on),
            onSubmit: (event, question) => this.submit(event, quiz, question),
            onBack: () => this.back(),
          }),
      });
    }
    const name = !progress ? 'intro' : progress.finished ? 'end' : 'question';
    return html`${renderFreshnessNote(freshness, this.locale)}
      <section part="screen" class="screen surface ${name}">${screen}</section>`;
  }

  private get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  private renderIntro(quiz: Quiz, dataset: Dataset): TemplateResult {
    const title = textIn(quiz.title, this.locale, dataset);
    const intro = textIn(quiz.intro, this.locale, dataset);
    const count = new Intl.NumberFormat(this.locale).format(
      Math.min(quiz.poolSize ?? quiz.questions.length, quiz.questions.length),
    );
    return html`<div
        part="title"
        class="title"
        role="heading"
        aria-level=${this.level}
        lang=${title.lang ?? nothing}
        dir=${dirOf(title.lang)}
      >
        ${title.text}
      </div>
      ${
        this.session.restarted
          ? html`<p part="notice" class="notice" role="status">
              ${msg('This quiz has changed since your last visit, so it starts again.', { id: 'quiz.restarted' })}
            </p>`
          : nothing
      }
      ${
        intro.text
          ? html`<p part="intro" class="intro-text" lang=${intro.lang ?? nothing} dir=${dirOf(intro.lang)}>
              ${intro.text}
            </p>`
          : nothing
      }
      <p class="facts-line">
        ${msg(str`Questions: ${count}`, { id: 'quiz.count' })} ·
        ${msg('Your answers stay on this device.', { id: 'quiz.private' })}
      </p>
      <div part="actions" class="actions">
        <button
          part="start"
          class="primary"
          type="button"
          @click=${() => this.begin(quiz)}
          @pointerdown=${preloadQuestions}
          @focus=${preloadQuestions}
        >
          ${msg('Start the quiz', { id: 'quiz.start' })}
        </button>
      </div>`;
  }

  private announcementText(announcement: Announcement): string {
    if (announcement.kind === 'missing') return msg('Choose an answer first.', { id: 'quiz.missing' });
    const loaded = this.data.value;
    const question = loaded?.quiz?.questions.find((q) => q.id === announcement.questionId);
    // A check happens on a question screen: its code is here.
    const spoken = questions.loaded?.spokenVerdict;
    if (!loaded?.quiz || !question || !spoken) return '';
    const answers = this.session.progress?.answers;
    const chosen = (answers && ownValue(answers, question.id)) ?? [];
    return spoken(question, chosen, loaded.quiz.mode, this.locale, loaded.dataset);
  }
}
