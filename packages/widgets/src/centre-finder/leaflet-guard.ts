// Leaflet 1.9 probes for inline SVG support as its module loads, by assigning the string '<svg/>'
// to a div's innerHTML (Leaflet/Leaflet#8423). On a page that enforces Trusted Types
// (`require-trusted-types-for 'script'`, as docs/security.md recommends) that assignment throws and
// Leaflet never loads. While Leaflet's module runs, this answers that one probe with DOM calls and
// passes every other assignment to the browser's own setter; ./leaflet.ts removes it right after.
const SVG_NS = 'http://www.w3.org/2000/svg';
const inherited = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
let installed = false;

if (!Object.getOwnPropertyDescriptor(HTMLDivElement.prototype, 'innerHTML') && inherited?.get && inherited.set) {
  const { get, set } = inherited;
  Object.defineProperty(HTMLDivElement.prototype, 'innerHTML', {
    configurable: true,
    enumerable: inherited.enumerable ?? true,
    get,
    set(this: HTMLDivElement, value: unknown) {
      if (value === '<svg/>') this.replaceChildren(document.createElementNS(SVG_NS, 'svg'));
      else set.call(this, value);
    },
  });
  installed = true;
  // Should Leaflet fail to load, the page still gets its own setter back before anything else runs.
  queueMicrotask(removeGuard);
}

export function removeGuard(): void {
  if (!installed) return;
  delete (HTMLDivElement.prototype as { innerHTML?: string }).innerHTML;
  installed = false;
}
