// Layout problems a reader meets, found in the page itself: anything wider than the screen (the page
// scrolls sideways), text cut off by its box, a word broken across two lines, a phone number, an
// e-mail address or a web address split over two lines, and text under 16 px.

/**
 * Runs in the page: a list of problems, each naming the element (its tag, part or class) and what is
 * wrong. With `largeText` (a small phone at 200 % text, where a line holds about a dozen characters),
 * a contact's number, address or user name may wrap where it must, and a word may break only if it
 * is wider than a line beside a checkbox.
 */
export function findLayoutProblems(largeText = false) {
  const problems = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1)
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide on a ${width} px screen`);
  const name = (el) => {
    const part = el.getAttribute('part');
    const cls = el.getAttribute('class');
    return `<${el.localName}${part ? ` part="${part}"` : ''}${cls ? ` class="${cls}"` : ''}>`;
  };
  // Tokens that must stay whole: phone numbers (digits with spaces, slashes, dashes, dots), e-mail
  // and web addresses, and every single word.
  const WHOLE = /\+?\d[\d ./()-]{5,}\d|[^\s@]+@[^\s@]+|https?:\/\/\S+|[^\s\-–—/]+[-–—/]?/g;
  const WORDS = /[^\s@]+@[^\s@]+|https?:\/\/\S+|[^\s\-–—/]+[-–—/]?/g;
  const TOKEN = largeText ? WORDS : WHOLE;
  // At 200 % text on a 320 px phone a line of the element holds about 14 characters, and a line
  // beside a checkbox about 10: a longer word ("Reintegration") may break there, and only there. It
  // counts as such when, unbroken, it is wider than the element's inner width less 3 em (a
  // checkbox and its gap).
  const tooLongForAnyLine = (word, parent) => {
    const base = parent.getRootNode().querySelector('[part~="base"]');
    if (!base) return false;
    const style = getComputedStyle(base);
    const inner = base.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
    const probe = document.createElement('span');
    probe.textContent = word;
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
    parent.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width > inner - 3 * parseFloat(getComputedStyle(parent).fontSize);
  };
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.position === 'absolute' && style.clipPath !== 'none') continue; // visually hidden
      if (box.right > width + 1 || box.left < -1)
        problems.push(`${name(el)} runs out of the screen (${Math.round(box.left)} to ${Math.round(box.right)} px)`);
      if (
        (style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis') &&
        el.scrollWidth > el.clientWidth + 1 &&
        el.textContent.trim()
      )
        problems.push(`${name(el)} cuts its text off (${el.scrollWidth} px in ${el.clientWidth} px)`);
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('style, script, svg')) continue;
      const style = getComputedStyle(parent);
      if (style.position === 'absolute' && style.clipPath !== 'none') continue;
      for (const match of node.data.matchAll(TOKEN)) {
        // Contact values (numbers, addresses, user names) may wrap where a line cannot hold them.
        if (largeText && (/[@:]/.test(match[0]) || parent.closest('.value'))) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        if (lines.size > 1 && !(largeText && tooLongForAnyLine(match[0], parent)))
          problems.push(`"${match[0]}" in ${name(parent)} breaks over ${lines.size} lines`);
        // Text that spills out of its own box (a word too long for a label beside its checkbox).
        const box = parent.getBoundingClientRect();
        if (rects.some((r) => r.right > box.right + 1 || r.left < box.left - 1))
          problems.push(`"${match[0]}" spills out of ${name(parent)}`);
      }
    }
  };
  for (const el of document.querySelectorAll('*'))
    if (el.localName.startsWith('mrc-') && el.shadowRoot) {
      // Readable whatever the page's root size (html { font-size: 62.5% } makes 1rem 10 px).
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (el.localName !== 'mrc-provider' && size < 16) problems.push(`<${el.localName}> text is ${size} px`);
      visit(el.shadowRoot);
    }
  return [...new Set(problems)];
}
