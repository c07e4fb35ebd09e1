import { emulateMedia } from '@web/test-runner-commands';

/**
 * Runs `check` with the page rendered for print. Chromium emulates print media itself; Firefox,
 * driven over WebDriver BiDi, cannot, so there the element's own `@media print` rules are applied on
 * top of its screen styles, which is what the print rendering does with them.
 */
export async function withPrintMedia(element: Element, check: () => void | Promise<void>): Promise<void> {
  let emulated = true;
  try {
    await emulateMedia({ media: 'print' });
  } catch {
    emulated = false;
  }
  if (emulated) {
    try {
      await check();
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    return;
  }
  const root = element.shadowRoot!;
  // A copy: in Firefox the property is a live array.
  const sheets = [...root.adoptedStyleSheets];
  const printRules = sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  const print = new CSSStyleSheet();
  print.replaceSync(printRules.join('\n'));
  root.adoptedStyleSheets = [...sheets, print];
  try {
    await check();
  } finally {
    root.adoptedStyleSheets = sheets;
  }
}
