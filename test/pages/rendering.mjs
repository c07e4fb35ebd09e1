// What a page shows, read in the page itself, in a form two builds can be compared by: the text as
// laid out (spaces included, as a reader sees it), every SVG drawing's element tree, and the element
// tree of every shadow root (tags and attributes) so a dropped attribute or a misplaced tag shows.

/** Runs in the page: the rendering of every mrc element in the document. */
export function readRendering() {
  const text = [];
  const svg = [];
  const structure = [];
  const attributes = (el) =>
    [...el.attributes]
      .map((a) => `${a.name}="${a.value}"`)
      .sort()
      .join(' ');
  const tree = (node, depth, out) => {
    for (const child of node.children) {
      out.push(`${'  '.repeat(depth)}<${child.localName}${child.attributes.length ? ' ' + attributes(child) : ''}>`);
      tree(child, depth + 1, out);
      if (child.shadowRoot) {
        out.push(`${'  '.repeat(depth + 1)}#shadow-root`);
        tree(child.shadowRoot, depth + 2, out);
      }
    }
  };
  const visit = (host, label) => {
    const root = host.shadowRoot;
    if (!root) return;
    text.push(`== ${label}`);
    for (const child of root.children) {
      const shown = child.innerText;
      if (shown) text.push(...shown.split('\n'));
    }
    structure.push(`== ${label}`);
    tree(root, 0, structure);
    root.querySelectorAll('svg').forEach((drawing, i) => {
      svg.push(`== ${label} svg ${i}`);
      const lines = [`<svg ${attributes(drawing)}>`];
      tree(drawing, 1, lines);
      svg.push(...lines);
    });
    for (const inner of root.querySelectorAll('*')) if (inner.shadowRoot) visit(inner, `${label} > ${inner.localName}`);
  };
  document.querySelectorAll('*').forEach((el) => {
    if (el.localName.startsWith('mrc-')) visit(el, el.localName);
  });
  return { text, svg, structure };
}
