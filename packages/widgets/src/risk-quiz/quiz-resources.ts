import { html, isServer, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { safeLink, type Dataset, type MrcClient, type Quiz } from '@mrc-kit/sdk';
import { dirOf, textIn } from '../base/texts.js';
import { externalLink } from '../base/links.js';
import { serviceText } from '../base/vocabulary.js';

/** What the resources at the end of a quiz need from the element. */
export interface ResourcesView {
  quiz: Quiz;
  dataset: Dataset;
  locale: string;
  client: MrcClient | undefined;
  headingLevel: number;
  /** Scrolls smoothly unless the reader asked for reduced motion. */
  smoothScroll: boolean;
}

let generatedIds = 0;

/** The first element with this tag on the page, outside the quiz itself (none when rendered on a server). */
function onPage(tag: 'mrc-hotline-card' | 'mrc-centre-finder'): HTMLElement | undefined {
  if (isServer) return undefined;
  return document.querySelector<HTMLElement>(tag) ?? undefined;
}

/** An id for a host element to link to; given only when it is followed, and only when it has none, so the host's own ids stand. */
function anchorOf(target: HTMLElement): string {
  while (!target.id) {
    const id = `mrc-help-${++generatedIds}`;
    if (!document.getElementById(id)) target.id = id;
  }
  return target.id;
}

/** The link's href: the element's own id when it has one; else the element is given one when the link is followed. */
const hrefOf = (target: HTMLElement) => (target.id ? `#${target.id}` : '#');

/**
 * Brings a host element into view and moves focus to it, so keyboard and screen-reader users land
 * where sighted users look. `prepare` (presetting a finder's services) runs first. The host page's
 * elements are changed only here, when the person follows the link, never while rendering.
 */
function goTo(event: Event, target: HTMLElement, smooth: boolean, prepare?: () => void): void {
  event.preventDefault();
  (event.currentTarget as HTMLAnchorElement).setAttribute('href', `#${anchorOf(target)}`);
  prepare?.();
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
  target.focus({ preventScroll: true });
}

// The hotline card loads only when a quiz ends with hotlines to show, keeping the quiz's own download small.
let hotlineCardLoading: Promise<unknown> | undefined;
function loadHotlineCard(): void {
  hotlineCardLoading ??= import('../hotline-card/mrc-hotline-card.js').catch((error: unknown) => {
    hotlineCardLoading = undefined;
    console.warn('mrc-risk-quiz: could not load the hotline card', error);
  });
}

/**
 * Where to get help: links to the helplines and centre finder on the page, else the quiz's own
 * hotlines and the names of the services to ask a centre for; then the quiz's links.
 */
export function renderResources(view: ResourcesView): TemplateResult | typeof nothing {
  const { quiz, dataset, locale } = view;
  const card = onPage('mrc-hotline-card');
  const finder = onPage('mrc-centre-finder');
  const services = quiz.resources.services;
  const links = quiz.resources.links.flatMap((link) => {
    const checked = safeLink(link.url);
    return checked.ok ? [{ title: textIn(link.title, locale, dataset), href: checked.href }] : [];
  });
  const hotlines = card ? [] : quiz.resources.hotlines;
  if (!card && !finder && hotlines.length === 0 && services.length === 0 && links.length === 0) return nothing;
  if (hotlines.length > 0) loadHotlineCard();

  const serviceNames = services.map((id) => serviceText(id, dataset, locale));
  const level = Math.min(6, view.headingLevel + 1);
  return html`<section part="resources" class="resources" aria-labelledby="resources-heading">
    <div class="section-heading" id="resources-heading" role="heading" aria-level=${level}>
      ${msg('Where to get help', { id: 'quiz.resources' })}
    </div>
    <ul class="resource-list">
      ${
        card
          ? html`<li>
              <a part="resource-link" href=${hrefOf(card)} @click=${(e: Event) => goTo(e, card, view.smoothScroll)}
                >${msg('Contact a helpline on this page', { id: 'quiz.resources.hotline-on-page' })}</a
              >
            </li>`
          : nothing
      }
      ${
        finder
          ? html`<li>
              <a
                part="resource-link"
                href=${hrefOf(finder)}
                @click=${(e: Event) =>
                  goTo(e, finder, view.smoothScroll, () => {
                    if (services.length > 0) finder.setAttribute('services', services.join(' '));
                  })}
                >${
                  services.length > 0
                    ? msg('Find a centre that can help with this', { id: 'quiz.resources.finder-services' })
                    : msg('Find a centre near you', { id: 'quiz.resources.finder' })
                }</a
              >
            </li>`
          : nothing
      }
      ${
        !finder && serviceNames.length > 0
          ? html`<li class="services">
              ${msg('Ask a migrant resource centre about:', { id: 'quiz.resources.services' })}
              <ul part="services">
                ${serviceNames.map(
                  (name) => html`<li lang=${name.lang ?? nothing} dir=${dirOf(name.lang)}>${name.text}</li>`,
                )}
              </ul>
            </li>`
          : nothing
      }
      ${links.map(({ title, href }) => html`<li>${externalLink(href, title, 'resource-link')}</li>`)}
    </ul>
    ${
      hotlines.length > 0
        ? html`<mrc-hotline-card
            part="hotlines"
            class="hotlines"
            variant="compact"
            lang=${locale}
            heading-level=${Math.min(6, level + 1)}
            hotline=${hotlines.join(' ')}
            .client=${view.client}
          ></mrc-hotline-card>`
        : nothing
    }
  </section>`;
}
