/**
 * The guides in Storybook are the Markdown files of docs/, shown as they are. Their links between
 * each other become links to the guides' pages here; the page opens in the whole window, not in the
 * frame that shows the guide.
 */
const GUIDES: Record<string, string> = {
  'getting-started.md': 'guides-getting-started--docs',
  'embedding.md': 'guides-embedding--docs',
  'data-format.md': 'guides-data-format--docs',
  'sdk.md': 'guides-data-sources--docs',
  'hsds.md': 'guides-hsds--docs',
  'publishing.md': 'guides-publishing-data--docs',
  'hosting.md': 'guides-hosting-the-dataset--docs',
  'theming.md': 'guides-theming--docs',
  'localisation.md': 'guides-localisation--docs',
  'security.md': 'guides-privacy-and-security--docs',
  'offline.md': 'guides-offline--docs',
  'accessibility.md': 'guides-accessibility--docs',
  'performance.md': 'guides-performance--docs',
  'size.md': 'guides-sizes--docs',
  'risk-quiz.md': 'guides-risk-quiz--docs',
  'procedure-checklist.md': 'guides-procedure-checklist--docs',
};

/** The Markdown of a guide with its links to other guides turned into links to their pages. */
export function guide(markdown: string): string {
  return markdown.replace(/\]\((?:\.\/|docs\/)?([\w-]+\.md)(#[\w-]+)?\)/g, (link, file: string) => {
    const id = GUIDES[file];
    return id ? `](./?path=/docs/${id})` : link;
  });
}

/** Options of the Markdown block: links leave the guide's frame. */
export const guideOptions = { overrides: { a: { props: { target: '_top' } } } };
