import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

const SITE = 'mrc-kit';

// The sidebar shows the kit's name instead of Storybook's logo; light or dark as the reader's system is.
addons.setConfig({
  theme: create({
    base: window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    brandTitle: SITE,
    brandUrl: './',
    brandTarget: '_self',
  }),
});

/**
 * The browser tab's title for one of Storybook's own: "Guides / Theming - Docs ⋅ Storybook" becomes
 * "Guides / Theming ⋅ mrc-kit", a story's "Elements / Hotline card - Compact ⋅ Storybook" becomes
 * "Elements / Hotline card - Compact ⋅ mrc-kit", and a bare "Storybook" (or the built page's
 * "mrc-kit - Storybook") becomes "mrc-kit". Any other title is left as it is.
 */
function pageTitle(title: string): string {
  if (!title.endsWith('Storybook')) return title;
  const page = title.match(/^(.+?)(?: - Docs)? \u22c5 Storybook$/)?.[1];
  return page ? `${page} \u22c5 ${SITE}` : SITE;
}

// Storybook sets the title on every page change and has no option for its "Storybook" suffix, so the
// title is rewritten each time it changes.
const retitle = () => {
  const title = pageTitle(document.title);
  if (document.title !== title) document.title = title;
};
retitle();
const element = document.querySelector('title');
if (element) new MutationObserver(retitle).observe(element, { childList: true, characterData: true, subtree: true });
