import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { documentKey, stepStatus, type ChecklistStep, type StepGroup, type StepStatus, type Ticks } from '@mrc-kit/sdk';
import { dirOf, textIn } from '../base/texts.js';
import { formatCount, formatDuration, formatMoney } from './checklist-format.js';
import { renderPlace, type PlaceView } from './checklist-place.js';

/** What the list of steps needs from the element. */
export interface StepsView extends PlaceView {
  ticks: Ticks;
  expanded: ReadonlySet<string>;
  /** Level of each step's heading. */
  headingLevel: number;
  onToggle(step: ChecklistStep): void;
  onTickStep(step: ChecklistStep, done: boolean): void;
  onTickDocument(step: ChecklistStep, index: number, done: boolean): void;
}

function statusLabel(status: StepStatus): string {
  switch (status) {
    case 'not-started':
      return msg('Not started', { id: 'checklist.status.not-started' });
    case 'in-progress':
      return msg('In progress', { id: 'checklist.status.in-progress' });
    case 'done':
      return msg('Done', { id: 'checklist.status.done' });
  }
}

/** Ids safe to use in the shadow root: step ids are letters, digits and `-_.:` already. */
const stepDomId = (step: ChecklistStep, what: 'title' | 'body') => `step-${what}-${step.id}`;

function renderDocuments(step: ChecklistStep, view: StepsView): TemplateResult | typeof nothing {
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

function renderFacts(step: ChecklistStep, view: StepsView): TemplateResult | typeof nothing {
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

function renderStep(step: ChecklistStep, group: StepGroup, view: StepsView): TemplateResult {
  const title = textIn(step.title, view.locale, view.dataset);
  const description = textIn(step.description, view.locale, view.dataset);
  const status = stepStatus(step, view.ticks);
  const expanded = view.expanded.has(step.id);
  const titleId = stepDomId(step, 'title');
  const bodyId = stepDomId(step, 'body');
  return html`<section part="step" class="step ${status}" aria-labelledby=${titleId} data-step=${step.id}>
    <div class="step-head">
      <div role="heading" aria-level=${view.headingLevel} class="step-heading">
        <button
          part="step-toggle"
          class="step-toggle"
          type="button"
          id=${titleId}
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${bodyId}
          @click=${() => view.onToggle(step)}
        >
          <span class="chevron" aria-hidden="true"></span>
          <span class="step-title">
            <span class="visually-hidden"
              >${msg(str`Step ${formatCount(group.number, view.locale)}:`, { id: 'checklist.step-number' })}
            </span>
            <span lang=${title.lang ?? nothing} dir=${dirOf(title.lang)}>${title.text}</span>
          </span>
          <span part="status" class="status ${status}">${statusLabel(status)}</span>
          ${step.optional ? html`<span class="tag">${msg('Optional', { id: 'checklist.optional' })}</span>` : nothing}
        </button>
      </div>
      <label class="tick step-tick">
        <input
          part="step-tick"
          type="checkbox"
          data-step=${step.id}
          .checked=${view.ticks.steps.has(step.id)}
          @change=${(e: Event) => view.onTickStep(step, (e.target as HTMLInputElement).checked)}
        />
        ${msg('Done', { id: 'checklist.status.done' })}<span class="visually-hidden">: ${title.text}</span>
      </label>
    </div>
    <div part="step-body" class="step-body" id=${bodyId} ?hidden=${!expanded}>
      ${
        description.text
          ? html`<p class="description" lang=${description.lang ?? nothing} dir=${dirOf(description.lang)}>
              ${description.text}
            </p>`
          : nothing
      }
      ${renderFacts(step, view)} ${renderDocuments(step, view)}
      ${
        step.tasks.length > 0
          ? html`<div class="tasks">
              <p class="fact-label">${msg('What to do', { id: 'checklist.tasks' })}</p>
              <ul part="tasks">
                ${step.tasks.map((task) => {
                  const t = textIn(task, view.locale, view.dataset);
                  return html`<li lang=${t.lang ?? nothing} dir=${dirOf(t.lang)}>${t.text}</li>`;
                })}
              </ul>
            </div>`
          : nothing
      }
      ${step.where ? renderPlace(step.where, step.id, view) : nothing}
    </div>
  </section>`;
}

/** "Do both" / "Do one of these", said before a group; "and" / "or" between its steps. */
function joinWord(logic: StepGroup['logic']): string {
  return logic === 'or' ? msg('or', { id: 'checklist.or' }) : msg('and', { id: 'checklist.and' });
}

function renderGroup(group: StepGroup, view: StepsView): TemplateResult {
  const intro =
    group.logic === 'or'
      ? msg('Do one of these:', { id: 'checklist.group.or' })
      : group.logic === 'and'
        ? msg('Do all of these:', { id: 'checklist.group.and' })
        : '';
  return html`<li part="group" class="group ${group.logic}">
    <span class="number" aria-hidden="true">${formatCount(group.number, view.locale)}</span>
    <div class="group-steps">
      ${intro ? html`<p class="group-intro">${intro}</p>` : nothing}
      ${group.steps.map(
        (step, i) =>
          html`${i > 0 ? html`<p part="join" class="join" aria-hidden="true">${joinWord(group.logic)}</p>` : nothing}
          ${renderStep(step, group, view)}`,
      )}
    </div>
  </li>`;
}

/** The numbered steps that apply, with "and" and "or" groups shown in words. */
export function renderSteps(groups: readonly StepGroup[], view: StepsView): TemplateResult {
  return html`<ol part="steps" class="steps">
    ${groups.map((g) => renderGroup(g, view))}
  </ol>`;
}
