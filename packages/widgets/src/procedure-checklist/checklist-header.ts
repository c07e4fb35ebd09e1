// The parts of a checklist above its steps: title, source and review, the notices about other
// versions of the checklist, and the screening questions.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ownValue, type Checklist, type Dataset } from '@mrc-kit/sdk';
import { countryName, formatDate } from '../base/format.js';
import { dirOf, textIn } from '../base/texts.js';
import { isReviewOld } from './checklist-format.js';
import type { OtherVersion } from './progress-storage.js';
import { webPage } from './web-page.js';
import { newTabNote } from '../base/links.js';

/** What the header needs from the element. */
export interface HeaderView {
  locale: string;
  at: Date;
  dataset: Dataset;
  /** The heading level of the checklist's title; its sections take the level below. */
  headingLevel: number;
}

export interface ScreeningView extends HeaderView {
  answers: Readonly<Record<string, string>>;
  onAnswer(questionId: string, optionId: string): void;
  onClearAnswers(): void;
}

export interface RevisionView extends HeaderView {
  onKeep(): void;
  onStartAgain(): void;
}

type Text = Parameters<typeof textIn>[0];

function routeText(checklist: Checklist, locale: string): string {
  const from = checklist.from ? countryName(checklist.from, locale) : undefined;
  const to = checklist.to ? countryName(checklist.to, locale) : undefined;
  if (from && to) return msg(str`From ${from} to ${to}`, { id: 'checklist.route' });
  if (from) return msg(str`Leaving from ${from}`, { id: 'checklist.route-from' });
  if (to) return msg(str`For ${to}`, { id: 'checklist.route-to' });
  return '';
}

/** Title, summary, countries, and on every view the reviewed date and source, with a warning when old. */
export function renderHeader(checklist: Checklist, view: HeaderView): TemplateResult {
  const t = (value: Text) => textIn(value, view.locale, view.dataset);
  const title = t(checklist.title);
  const summary = t(checklist.summary);
  const source = t(checklist.source.title);
  const sourceUrl = webPage(checklist.source.url);
  const route = routeText(checklist, view.locale);
  const reviewed = formatDate(checklist.reviewed, view.locale);
  const sourceText = html`<span lang=${source.lang ?? nothing} dir=${dirOf(source.lang)}>${source.text}</span>`;
  return html`<header part="header" class="header">
    <div
      part="title"
      class="title"
      role="heading"
      aria-level=${view.headingLevel}
      lang=${title.lang ?? nothing}
      dir=${dirOf(title.lang)}
    >
      ${title.text}
    </div>
    ${summary.text ? html`<p part="summary" class="summary" lang=${summary.lang ?? nothing} dir=${dirOf(summary.lang)}>${summary.text}</p>` : nothing}
    ${route ? html`<p class="route">${route}</p>` : nothing}
    <p part="reviewed" class="reviewed">
      ${msg(str`Checked against its source on ${reviewed}.`, { id: 'checklist.reviewed' })}
      ${msg('Source:', { id: 'checklist.source' })}
      ${
        sourceUrl
          ? // The link takes its text's direction, so that the address printed after it
            // follows on the same side (an English source inside a Persian page).
            html`<a part="link" href=${sourceUrl} target="_blank" rel="noopener noreferrer" dir=${dirOf(source.lang)}
              >${sourceText}${newTabNote()}</a
            >`
          : sourceText
      }
    </p>
    ${
      isReviewOld(checklist.reviewed, view.at)
        ? html`<p part="warning" class="warning">
            <strong>${msg('This may be out of date.', { id: 'checklist.old-title' })}</strong>
            ${msg('It was last checked more than a year ago. Procedures, fees and documents change: check with the source or a resource centre before you act.', { id: 'checklist.old' })}
          </p>`
        : nothing
    }
  </header>`;
}

/** The checklist was revised since the person's ticks were made: keep them, or start again. */
export function renderRevision(checklist: Checklist, revision: OtherVersion, view: RevisionView): TemplateResult {
  return html`<div part="notice" class="notice" role="group" aria-labelledby="revision-text">
    <p id="revision-text">
      ${msg(
        str`This checklist was updated on ${formatDate(checklist.reviewed, view.locale)}. Your ticks are for the version of ${formatDate(revision.reviewed, view.locale)}.`,
        { id: 'checklist.revised' },
      )}
    </p>
    <div class="actions">
      <button part="button" class="secondary" type="button" @click=${view.onKeep}>
        ${msg('Keep my ticks for the steps that are still there', { id: 'checklist.keep' })}
      </button>
      <button part="button" class="secondary" type="button" @click=${view.onStartAgain}>
        ${msg('Start again', { id: 'checklist.start-again' })}
      </button>
    </div>
  </div>`;
}

/**
 * The person has progress on a later version than the one shown (an offline copy of older data,
 * say): said, and that progress is left alone.
 */
export function renderOlderCopy(checklist: Checklist, newer: string, view: HeaderView): TemplateResult {
  return html`<p part="notice" class="notice">
    ${msg(
      str`This is an older copy of this checklist, checked on ${formatDate(checklist.reviewed, view.locale)}. Your progress on the version of ${formatDate(newer, view.locale)} is kept on this device.`,
      { id: 'checklist.older-copy' },
    )}
  </p>`;
}

/** The screening questions, with a way to clear the answers. */
export function renderScreening(checklist: Checklist, view: ScreeningView): TemplateResult {
  // Own answers only: a question id such as "constructor" must not find Object.prototype's.
  const answerTo = (id: string) => ownValue(view.answers, id);
  const answeredAll = checklist.questions.every((q) => answerTo(q.id) !== undefined);
  const answeredAny = checklist.questions.some((q) => answerTo(q.id) !== undefined);
  return html`<section part="screening" class="screening" aria-labelledby="screening-heading">
    <div
      id="screening-heading"
      class="section-heading"
      role="heading"
      aria-level=${Math.min(6, view.headingLevel + 1)}
      tabindex="-1"
    >
      ${msg('Which steps apply to you', { id: 'checklist.screening' })}
    </div>
    <p class="hint">
      ${
        answeredAll
          ? msg('Only the steps that apply to you are shown. You can change your answers at any time.', {
              id: 'checklist.screening-done',
            })
          : msg('Answer these questions to see only the steps that apply to you. Until then, every step is shown.', {
              id: 'checklist.screening-hint',
            })
      }
    </p>
    ${checklist.questions.map((q) => {
      const prompt = textIn(q.prompt, view.locale, view.dataset);
      return html`<fieldset part="question" class="question">
        <legend lang=${prompt.lang ?? nothing} dir=${dirOf(prompt.lang)}>${prompt.text}</legend>
        ${q.options.map((o) => {
          const label = textIn(o.label, view.locale, view.dataset);
          return html`<label class="option">
            <input
              type="radio"
              name=${`question-${q.id}`}
              value=${o.id}
              .checked=${answerTo(q.id) === o.id}
              @change=${() => view.onAnswer(q.id, o.id)}
            />
            <span lang=${label.lang ?? nothing} dir=${dirOf(label.lang)}>${label.text}</span>
          </label>`;
        })}
      </fieldset>`;
    })}
    ${
      answeredAny
        ? html`<button part="button" class="secondary no-print" type="button" @click=${view.onClearAnswers}>
            ${msg('Clear my answers', { id: 'checklist.clear-answers' })}
          </button>`
        : nothing
    }
  </section>`;
}
