import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { stepStatus, type ChecklistStep, type StepGroup, type StepStatus } from '@mrc-kit/sdk';
import { LazyPart } from '../base/lazy-part.js';
import { dirOf, textIn } from '../base/texts.js';
import { formatCount } from './checklist-format.js';
import type { StepBodyView } from './checklist-step-body.js';

/** What the list of steps needs from the element. */
export interface StepsView extends StepBodyView {
  /** The element: it renders again when the steps' details arrive. */
  host: ReactiveElement;
  expanded: ReadonlySet<string>;
  /** Level of each step's heading. */
  headingLevel: number;
  onToggle(step: ChecklistStep): void;
  onTickStep(step: ChecklistStep, done: boolean): void;
}

/**
 * A step's details (facts, documents, what to do, where to go), closed until the person opens the
 * step: their code loads as soon as the steps show, after the first screen. Paper shows them all.
 */
const details = new LazyPart(() => import('./checklist-step-body.js'));

/** Settles once the steps' details can be shown (or could not be loaded): before printing. */
export function stepDetailsReady(): Promise<void> {
  return details.preload();
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
      ${details.render(view.host, { complete: ({ renderStepBody }) => renderStepBody(step, view) })}
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
