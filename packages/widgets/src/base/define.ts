/**
 * Defines a custom element unless that tag is already taken, so two copies of the kit on one page
 * (a CMS plugin and a theme, say) never crash each other: the first definition wins.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, element);
}
