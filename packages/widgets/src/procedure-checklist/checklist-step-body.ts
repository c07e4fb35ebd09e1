// A step's details, below its description: loaded on demand (checklist-steps.ts), with their styles.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { documentKey, type ChecklistStep, type Duration, type ResolvedText, type Ticks } from '@mrc-kit/sdk';
import { dirOf, sharedLang, textIn } from '../base/texts.js';
import { formatMoney, numberFormat } from './checklist-format.js';
import { renderPlace, type PlaceView } from './checklist-place.js';

export { stepBodyStyles as styles } from './checklist-step-body.styles.js';

/** What a step's details need from the element. */
export interface StepBodyView extends PlaceView {
  ticks: Ticks;
  onTickDocument(step: ChecklistStep, index: number, done: boolean): void;
}

type RangeFormat = Intl.NumberFormat & { formatRange?(start: number, end: number): string };

/** "3 days", "2–4 weeks", "١ شهر" in words, in the reader's language. */
function formatDuration(duration: Duration, locale: string): string {
  const format = numberFormat(locale, { style: 'unit', unit: duration.unit, unitDisplay: 'long' }) as RangeFormat;
  const { min, max } = duration;
  if (max === undefined || max === min) return format.format(min);
  // formatRange came late to some browsers; without it the unit is written after the range.
  if (typeof format.formatRange === 'function') return format.formatRange(min, max);
  const plain = numberFormat(locale, {});
  return format.format(max).replace(plain.format(max), `${plain.format(min)}–${plain.format(max)}`);
}

function renderDocuments(step: ChecklistStep, view: StepBodyView): TemplateResult | typeof nothing {
  if (step.documents.length === 0) return nothing;
  return html`<fieldset part="documents" class="documents">
    <legend class="fact-label">${msg('Documents', { id: 'checklist.documents' })}</legend>
    <ul>
      ${step.documents.map((doc, i) => {
        const name = textIn(doc.name, view.locale, view.dataset);
        const note = textIn(doc.note, view.locale, view.dataset);
        const key = documentKey(step, i);
        return html`<li class="document">
          <label class="tick">
            <input
              part="document-tick"
              type="checkbox"
              data-document=${key}
              .checked=${view.ticks.documents.has(key)}
              @change=${(e: Event) => view.onTickDocument(step, i, (e.target as HTMLInputElement).checked)}
            />
            <span lang=${name.lang ?? nothing} dir=${dirOf(name.lang)}>${name.text}</span>
            <span class="need ${doc.need}"
              >${
                doc.need === 'required'
                  ? msg('Required', { id: 'checklist.need.required' })
                  : msg('If it applies to you', { id: 'checklist.need.if-applicable' })
              }</span
            >
          </label>
          ${note.text ? html`<p class="note" lang=${note.lang ?? nothing} dir=${dirOf(note.lang)}>${note.text}</p>` : nothing}
        </li>`;
      })}
    </ul>
  </fieldset>`;
}

function renderFacts(step: ChecklistStep, view: StepBodyView): TemplateResult | typeof nothing {
  if (!step.cost && !step.duration) return nothing;
  const costNote = textIn(step.cost?.note, view.locale, view.dataset);
  return html`<dl class="facts">
    ${
      step.duration
        ? html`<div>
            <dt>${msg('Usually takes', { id: 'checklist.duration' })}</dt>
            <dd>${formatDuration(step.duration, view.locale)}</dd>
          </div>`
        : nothing
    }
    ${
      step.cost
        ? html`<div>
            <dt>${msg('Cost', { id: 'checklist.cost' })}</dt>
            <dd>
              <span part="cost" class="money">${formatMoney(step.cost.amount, step.cost.currency, view.locale)}</span>
              ${costNote.text ? html`<span lang=${costNote.lang ?? nothing} dir=${dirOf(costNote.lang)}>${costNote.text}</span>` : nothing}
            </dd>
          </div>`
        : nothing
    }
  </dl>`;
}

/**
 * The list of what to do. Tasks all in one language other than the page's (English inside a Persian
 * page) give the list itself their language and direction, so its bullets stand on the side the text
 * starts from, inside the list's margin.
 */
function renderTasks(tasks: readonly ResolvedText[]): TemplateResult {
  const shared = sharedLang(tasks);
  return html`<ul part="tasks" lang=${shared ?? nothing} dir=${dirOf(shared)}>
    ${tasks.map((t) =>
      t.lang === shared
        ? html`<li>${t.text}</li>`
        : html`<li lang=${t.lang ?? nothing} dir=${dirOf(t.lang)}>${t.text}</li>`,
    )}
  </ul>`;
}

/** A step's facts, documents, tasks and place: the part of its body below the description. */
export function renderStepBody(step: ChecklistStep, view: StepBodyView): TemplateResult {
  return html`${renderFacts(step, view)} ${renderDocuments(step, view)}
  ${
    step.tasks.length > 0
      ? html`<div class="tasks">
          <p class="fact-label">${msg('What to do', { id: 'checklist.tasks' })}</p>
          ${renderTasks(step.tasks.map((task) => textIn(task, view.locale, view.dataset)))}
        </div>`
      : nothing
  }
  ${step.where ? renderPlace(step.where, step.id, view) : nothing}`;
}
