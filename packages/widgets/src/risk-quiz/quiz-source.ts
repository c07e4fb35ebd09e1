import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Dataset, QuizQuestion } from '@mrc-kit/sdk';
import { textIn } from '../base/texts.js';
import { externalLink } from '../base/links.js';

/** A claim's source as a link (its URL has passed the safe-link checks when the data was read). */
export function renderSource(
  question: QuizQuestion,
  locale: string,
  dataset: Dataset,
): TemplateResult | typeof nothing {
  if (!question.source) return nothing;
  const title = textIn(question.source.title, locale, dataset);
  return html`<p part="source" class="source">
    ${msg('Source:', { id: 'quiz.source' })} ${externalLink(question.source.url, title)}
  </p>`;
}
