import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import {
  applicableGroups,
  applicableSteps,
  checklistProgress,
  requiredCostTotals,
  type Centre,
  type Checklist,
  type ChecklistStep,
  type Dataset,
  type LoadResult,
  type MrcClient,
  type StepGroup,
} from '@mrc-kit/sdk';
import { devWarn } from '../base/dev.js';
import { Announcer } from '../base/announcer.js';
import { MrcDataElement } from '../base/data-element.js';
import { renderDataTask, rerunInPlace } from '../base/data-task.js';
import { renderFreshnessNote } from '../base/freshness-note.js';
import { MrcContactEvent } from '../base/events.js';
import { copyNumber, copyOutcome } from '../base/channels.js';
import { formatDate } from '../base/format.js';
import { textIn } from '../base/texts.js';
import { MrcCentreShowEvent, MrcChecklistChangeEvent, MrcChecklistPrintEvent } from './checklist-events.js';
import { formatCount } from './checklist-format.js';
import { renderHeader, renderOlderCopy, renderRevision, renderScreening } from './checklist-header.js';
import { renderSteps, stepDetailsReady } from './checklist-steps.js';
import { ChecklistSession } from './checklist-session.js';
import { renderTotals } from './checklist-totals.js';
import { procedureChecklistStyles } from './procedure-checklist.styles.js';

interface Loaded {
  dataset: Dataset;
  checklist?: Checklist;
  centres: Map<string, Centre>;
  freshness?: LoadResult['freshness'];
}

/** What the live region says, put in words when it renders (so in the UI language in force then). */
type Announcement =
  | { kind: 'revised'; reviewed: string }
  | { kind: 'apply'; shown: number; of: number; total: number }
  | { kind: 'step'; title: string; done: boolean; progress: { done: number; total: number } }
  | { kind: 'copied'; outcome: { ok: boolean; number: string } }
  | { kind: 'expanded' | 'collapsed' | 'forgotten' | 'kept' | 'started-again' };

/** The centres a checklist names: from the loaded dataset, else asked of the client (a sharded source). */
async function centresOf(checklist: Checklist, dataset: Dataset, client: MrcClient): Promise<Map<string, Centre>> {
  const ids = new Set(checklist.steps.flatMap((s) => s.where?.centres ?? []));
  const found = new Map<string, Centre>();
  await Promise.all(
    [...ids].map(async (id) => {
      const centre = dataset.centres.find((c) => c.id === id) ?? (await client.centres.get(id).catch(() => undefined));
      if (centre) found.set(id, centre);
    }),
  );
  return found;
}

/**
 * The steps, documents, costs and places of one regular-migration procedure, with screening
 * questions that hide the steps that do not apply, and the person's own progress kept on their
 * device.
 *
 * @tagname mrc-procedure-checklist
 * @summary Procedure checklist: steps, documents, costs and places, with the person's progress.
 *
 * @slot - Fallback content (a link to the procedure's page, say), shown before the element loads and whenever its data cannot be loaded or the checklist is not found.
 *
 * @csspart header - Title, summary, reviewed date and source.
 * @csspart title - The checklist's title (a heading).
 * @csspart summary - The checklist's summary.
 * @csspart reviewed - The reviewed date and the source.
 * @csspart warning - The warning shown when the review is more than a year old.
 * @csspart notice - The notice shown when the checklist changed since the person's last visit, or when an older copy of it is shown.
 * @csspart screening - The screening questions.
 * @csspart question - One screening question (a fieldset).
 * @csspart toolbar - Progress and the expand, print and forget buttons.
 * @csspart progress - "4 of 9 steps done".
 * @csspart progress-bar - The progress bar.
 * @csspart button - The toolbar's and notice's buttons.
 * @csspart steps - The numbered list of steps.
 * @csspart group - One number: a step, or steps joined by "and" or "or".
 * @csspart join - The "and" or "or" between joined steps.
 * @csspart step - One step.
 * @csspart step-toggle - The button that expands or collapses a step.
 * @csspart status - A step's status: not started, in progress or done.
 * @csspart step-tick - A step's "done" check box.
 * @csspart step-body - What a step says: description, cost, duration, documents, tasks, where.
 * @csspart documents - A step's documents.
 * @csspart document-tick - A document's check box.
 * @csspart cost - A step's cost.
 * @csspart tasks - A step's list of things to do.
 * @csspart where - Where to go for a step.
 * @csspart place - One centre where a step is done.
 * @csspart place-action - The "Show on the map" button (with `show-on-map`).
 * @csspart hours - A centre's opening hours for the coming week.
 * @csspart channels - A centre's contact channels.
 * @csspart channel - One contact channel.
 * @csspart action - The link that calls, messages or writes.
 * @csspart copy - The copy-number button.
 * @csspart link - A step's web page.
 * @csspart totals - The total of the required costs.
 *
 * @cssproperty [--mrc-color-surface=#ffffff] - Background of steps and messages.
 * @cssproperty [--mrc-color-border=#c9c9c9] - Borders and separators.
 * @cssproperty [--mrc-color-primary=#0b5cad] - Actions, links, step numbers.
 * @cssproperty [--mrc-color-on-primary=#ffffff] - Text on primary actions.
 * @cssproperty [--mrc-color-open=#1b6e2d] - "Done" and "Open now".
 * @cssproperty [--mrc-color-closed=#a8201a] - Warnings and "Closed now".
 * @cssproperty [--mrc-color-warning-surface=#fff4e5] - Background of the old-review warning and the changed-checklist notice.
 *
 * @event mrc-checklist-change - A tick, an answer or "forget" changed the progress. `detail`: `{ checklistId, done, total }`.
 * @event mrc-checklist-print - The print button was pressed; the print dialog opens next. `detail`: `{ checklistId }`.
 * @event mrc-centre-show - "Show on the map" was pressed: the person asked to see this centre. `detail`: `{ checklistId, stepId, centreId }`; pass `centreId` to `showCentre()` of a `<mrc-centre-finder>`.
 * @event mrc-contact - A centre's channel was used. `detail`: `{ centreId, channel }`.
 */
export class MrcProcedureChecklist extends MrcDataElement {
  static override styles = procedureChecklistStyles;

  /** The id of the checklist to show. */
  @property() checklist?: string;

  /**
   * Whether progress is kept in this browser (localStorage) between visits. `persist="false"`
   * keeps nothing: ticks last while the page is open.
   */
  @property({ converter: (value) => value !== 'false' }) persist = true;

  /** Give each centre a "Show on the map" button, which emits `mrc-centre-show`. */
  @property({ attribute: 'show-on-map', type: Boolean }) showOnMap = false;

  /** Heading level of the checklist's title (1–6); its sections and steps follow below it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The moment the review's age and "open now" are computed for. Default: the current time. For demos and tests. */
  @property({ attribute: false }) now?: Date;

  @state() private expanded = new Set<string>();
  private session = new ChecklistSession(this, () => this.persist);
  private announcer = new Announcer<Announcement>(this);

  private data = new Task(this, {
    task: async ([client, id], { signal }): Promise<Loaded> => {
      const { dataset, freshness } = await this.loadFrom(client, signal);
      const checklist = id ? await client!.checklists.get(id) : undefined;
      const centres = checklist ? await centresOf(checklist, dataset, client!) : new Map<string, Centre>();
      if (checklist && !signal.aborted) this.restore(checklist);
      return { dataset, centres, freshness, ...(checklist && { checklist }) };
    },
    args: () => [this.activeClient, this.checklist?.trim() || undefined] as const,
  });

  protected override dataUpdated(): Promise<void> {
    return rerunInPlace(this.data);
  }

  private get at(): Date {
    return this.now ?? new Date();
  }

  /** Takes up the progress kept for this version of the checklist, and says when one was kept for an earlier one. */
  private restore(checklist: Checklist): void {
    if (!this.session.restore(checklist)) return;
    this.expanded = new Set();
    if (this.session.revision) this.announcer.say({ kind: 'revised', reviewed: checklist.reviewed });
  }

  private announcementText(a: Announcement): string {
    switch (a.kind) {
      case 'revised':
        return msg(str`This checklist was updated on ${formatDate(a.reviewed, this.locale)}.`, {
          id: 'checklist.revised-announce',
        });
      case 'apply': {
        const [shown, of, total] = [a.shown, a.of, a.total].map((n) => formatCount(n, this.locale));
        return msg(str`${shown} of ${of} steps apply to you; ${total} are needed.`, { id: 'checklist.steps-apply' });
      }
      case 'step':
        return `${
          a.done
            ? msg(str`${a.title}: done.`, { id: 'checklist.step-done' })
            : msg(str`${a.title}: not done.`, { id: 'checklist.step-undone' })
        } ${this.progressText(a.progress)}`;
      case 'copied':
        return copyOutcome(a.outcome);
      case 'expanded':
        return msg('All steps expanded.', { id: 'checklist.expanded-all' });
      case 'collapsed':
        return msg('All steps collapsed.', { id: 'checklist.collapsed-all' });
      case 'forgotten':
        return msg('Your progress was cleared from this device.', { id: 'checklist.forgotten' });
      case 'kept':
        return msg('Your ticks were kept for the steps that are still there.', { id: 'checklist.kept' });
      case 'started-again':
        return msg('You are starting this checklist again.', { id: 'checklist.started-again' });
    }
  }

  private groupsFor(checklist: Checklist): StepGroup[] {
    return applicableGroups(checklist, this.session.answers);
  }

  /** Emits `mrc-checklist-change` and returns the progress it reported. */
  private changed(checklist: Checklist): { done: number; total: number } {
    const progress = checklistProgress(this.groupsFor(checklist), this.session.ticks);
    this.emit(new MrcChecklistChangeEvent({ checklistId: checklist.id, ...progress }));
    return progress;
  }

  private setAnswers(checklist: Checklist, answers: Record<string, string>): void {
    this.session.setAnswers(checklist, answers);
    const { total } = this.changed(checklist);
    const shown = applicableSteps(checklist, answers).length;
    this.announcer.say({ kind: 'apply', shown, of: checklist.steps.length, total });
  }

  private tickStep(checklist: Checklist, step: ChecklistStep, done: boolean): void {
    this.session.tickStep(checklist, step, done);
    const progress = this.changed(checklist);
    const title = textIn(step.title, this.locale, this.loadedDataset!).text;
    this.announcer.say({ kind: 'step', title, done, progress });
  }

  private toggle(step: ChecklistStep): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(step.id)) expanded.add(step.id);
    this.expanded = expanded;
  }

  private toggleAll(groups: readonly StepGroup[]): void {
    const ids = groups.flatMap((g) => g.steps.map((s) => s.id));
    const allOpen = ids.every((id) => this.expanded.has(id));
    this.expanded = allOpen ? new Set() : new Set(ids);
    this.announcer.say({ kind: allOpen ? 'collapsed' : 'expanded' });
  }

  /**
   * The print stylesheet opens every applicable step on paper, so the steps on screen stay as they
   * are; the steps' details, which load after the first screen, are there first.
   */
  private print(checklist: Checklist): void {
    this.emit(new MrcChecklistPrintEvent({ checklistId: checklist.id }));
    void stepDetailsReady()
      .then(() => this.updateComplete)
      .then(() => window.print());
  }

  private forget(checklist: Checklist): void {
    this.session.forget(checklist);
    this.changed(checklist);
    this.announcer.say({ kind: 'forgotten' });
  }

  /** Keeps the ticks of the earlier version that still fit (`keep`), or starts this one again. */
  private closeRevision(checklist: Checklist, keep: boolean): void {
    if (keep) this.session.keepRevision(checklist);
    else this.session.closeRevision(checklist);
    this.changed(checklist);
    this.focusAfterUpdate('#steps-heading');
    this.announcer.say({ kind: keep ? 'kept' : 'started-again' });
  }

  /** Puts the focus on a heading once a button that had it is gone, so keyboard users keep their place. */
  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private get loadedDataset(): Dataset | undefined {
    return this.data.value?.dataset;
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base surface" dir=${this.direction} lang=${this.locale}>
      ${renderDataTask(this.data, {
        tag: 'mrc-procedure-checklist',
        loading: msg('Loading the checklist…', { id: 'checklist.loading' }),
        errorTitle: msg('The checklist could not be loaded.', { id: 'checklist.error' }),
        complete: (loaded) =>
          loaded.checklist ? this.renderChecklist(loaded.checklist, loaded) : this.renderNotFound(),
      })}
      ${this.announcer.render((a) => this.announcementText(a))}
    </div>`;
  }

  private renderNotFound(): TemplateResult {
    devWarn(this.localName, `no checklist with the id "${this.checklist ?? ''}" in the data`);
    return html`<div part="message" class="message empty" role="status">
      <p>${msg('This checklist was not found.', { id: 'checklist.not-found' })}</p>
      <slot></slot>
    </div>`;
  }

  private level(offset: number): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + offset);
  }

  private progressText(progress: { done: number; total: number }): string {
    const [done, total] = [progress.done, progress.total].map((n) => formatCount(n, this.locale));
    return msg(str`${done} of ${total} steps done`, { id: 'checklist.progress' });
  }

  private renderChecklist(checklist: Checklist, loaded: Loaded): TemplateResult {
    const { answers, ticks, revision, newer } = this.session;
    const groups = this.groupsFor(checklist);
    const progress = checklistProgress(groups, ticks);
    const totals = requiredCostTotals(groups, ticks);
    const stepIds = groups.flatMap((g) => g.steps.map((s) => s.id));
    const allOpen = stepIds.length > 0 && stepIds.every((id) => this.expanded.has(id));
    const view = { locale: this.locale, at: this.at, dataset: loaded.dataset, headingLevel: this.level(0) };
    return html`${renderFreshnessNote(loaded.freshness, this.locale)} ${renderHeader(checklist, view)}
      ${newer ? renderOlderCopy(checklist, newer, view) : nothing}
      ${
        revision
          ? renderRevision(checklist, revision, {
              ...view,
              onKeep: () => this.closeRevision(checklist, true),
              onStartAgain: () => this.closeRevision(checklist, false),
            })
          : nothing
      }
      ${
        checklist.questions.length > 0
          ? renderScreening(checklist, {
              ...view,
              answers,
              onAnswer: (question, option) => this.setAnswers(checklist, { ...answers, [question]: option }),
              onClearAnswers: () => {
                this.setAnswers(checklist, {});
                this.focusAfterUpdate('#screening-heading');
              },
            })
          : nothing
      }
      <section class="steps-section" aria-labelledby="steps-heading">
        <div id="steps-heading" class="section-heading" role="heading" aria-level=${this.level(1)} tabindex="-1">
          ${msg('Steps', { id: 'checklist.steps' })}
        </div>
        <div part="toolbar" class="toolbar">
          <p part="progress" class="progress" id="progress-text">${this.progressText(progress)}</p>
          <progress
            part="progress-bar"
            max=${Math.max(progress.total, 1)}
            .value=${progress.done}
            aria-labelledby="progress-text"
          ></progress>
          <div class="actions no-print">
            <button part="button" class="secondary" type="button" @click=${() => this.toggleAll(groups)}>
              ${allOpen ? msg('Collapse all steps', { id: 'checklist.collapse-all' }) : msg('Expand all steps', { id: 'checklist.expand-all' })}
            </button>
            <button part="button" class="secondary" type="button" @click=${() => this.print(checklist)}>
              ${msg('Print this checklist', { id: 'checklist.print' })}
            </button>
            ${
              this.persist
                ? html`<button part="button" class="secondary" type="button" @click=${() => this.forget(checklist)}>
                    ${msg('Forget my progress', { id: 'checklist.forget' })}
                  </button>`
                : nothing
            }
          </div>
          <p class="privacy no-print">
            ${
              this.persist
                ? msg('Your ticks and answers are kept on this device only.', { id: 'checklist.kept-here' })
                : msg('Your ticks and answers are not kept after you leave this page.', { id: 'checklist.not-kept' })
            }
          </p>
        </div>
        ${renderSteps(groups, {
          host: this,
          locale: this.locale,
          at: this.at,
          dataset: loaded.dataset,
          centres: loaded.centres,
          showOnMap: this.showOnMap,
          ticks,
          expanded: this.expanded,
          headingLevel: this.level(2),
          onToggle: (step) => this.toggle(step),
          onTickStep: (step, done) => this.tickStep(checklist, step, done),
          onTickDocument: (step, i, done) => {
            this.session.tickDocument(checklist, step, i, done);
            this.changed(checklist);
          },
          onPlace: (stepId, centreId) =>
            this.emit(new MrcCentreShowEvent({ checklistId: checklist.id, stepId, centreId })),
          onContact: (centreId, channel) => this.emit(new MrcContactEvent({ centreId, channel: channel.kind })),
          onCopy: (number) =>
            void copyNumber(number).then((outcome) => this.announcer.say({ kind: 'copied', outcome })),
        })}
        ${renderTotals(totals, this.locale)}
      </section>`;
  }
}
