// What the field benchmark records inside the page. `installProbe` runs before any of the page's
// scripts (puppeteer's evaluateOnNewDocument); `collectProbe` reads what it saw. Times are
// milliseconds from navigation start (performance.now()).
//
// An element's first shadow render and its useful content are found without knowing how the element
// draws its loading state: the probe wraps attachShadow, watches each element's shadow root, and
// takes the first animation frame after the root holds an element other than <slot>/<style> (first
// render), and after the content selector matches a visible element (useful). Skeletons, fallback
// content that stays, or a kept copy shown first then updated in place all fit those two rules.

/** Runs in the page. `useful` maps a tag to the selector of its content. */
export function installProbe(useful) {
  const state = {
    shadow: {},
    useful: {},
    shifts: [],
    longTasks: [],
    fallback: [],
    paints: {},
    lcp: null,
    afterYAtFirstPaint: null,
    errors: [],
  };
  window.__field = state;
  const afterY = () => {
    const after = document.getElementById('after');
    return after ? Math.round(after.getBoundingClientRect().top + window.scrollY) : null;
  };
  const atNextFrame = (record) => requestAnimationFrame(() => record(performance.now()));
  const NOT_CONTENT = new Set(['slot', 'style', 'link', 'template']);

  const watch = (tag, root) => {
    const selector = useful[tag];
    const check = () => {
      if (!(tag in state.shadow) && [...root.children].some((child) => !NOT_CONTENT.has(child.localName))) {
        state.shadow[tag] = null;
        atNextFrame((time) => (state.shadow[tag] = time));
      }
      if (!(tag in state.useful)) {
        const found = root.querySelector(selector);
        if (found && found.checkVisibility()) {
          state.useful[tag] = null;
          atNextFrame((time) => (state.useful[tag] = time));
        }
      }
      if (tag in state.shadow && tag in state.useful) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  };

  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    const tag = this.localName;
    if (tag in useful && !(tag in state.shadow)) watch(tag, root);
    return root;
  };

  const observe = (type, each) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true });
    } catch (error) {
      state.errors.push(`${type}: ${error.message}`);
    }
  };
  // What moved: `mrc-risk-quiz > div.message` for a node in an element's shadow root, `p#after`.
  const describe = (node) => {
    const el = node?.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    if (!el?.localName) return '?';
    const name = `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList?.[0] ? `.${el.classList[0]}` : ''}`;
    const host = el.getRootNode().host;
    return host ? `${host.localName} > ${name}` : name;
  };
  observe('layout-shift', (e) =>
    state.shifts.push({
      time: e.startTime,
      value: e.value,
      input: e.hadRecentInput,
      afterY: afterY(),
      sources: e.sources.map((source) => describe(source.node)),
    }),
  );
  observe('longtask', (e) => state.longTasks.push({ start: e.startTime, duration: e.duration }));
  // An element's text painted again (once its shadow root slots it) is not its first paint.
  observe('element', (e) => {
    if (!state.fallback.some((f) => f.id === e.identifier))
      state.fallback.push({ id: e.identifier, time: e.renderTime || e.loadTime });
  });
  observe('paint', (e) => {
    state.paints[e.name] = e.startTime;
    if (e.name === 'first-contentful-paint') state.afterYAtFirstPaint = afterY();
  });
  observe('largest-contentful-paint', (e) => (state.lcp = e.renderTime || e.startTime));
  performance.setResourceTimingBufferSize(1000);
  addEventListener('error', (e) => state.errors.push(String(e.message)));
}

/** Runs in the page: whether every element of `tags` shows its content. */
export function allUseful(tags) {
  return tags.every((tag) => typeof window.__field?.useful[tag] === 'number');
}

/** Runs in the page: what the probe saw, the resource timings and where the host text ends up. */
export function collectProbe() {
  const after = document.getElementById('after');
  const resources = performance.getEntriesByType('resource').map((r) => ({
    url: r.name,
    start: r.startTime,
    responseStart: r.responseStart,
    end: r.responseEnd,
    transferSize: r.transferSize,
    encodedBodySize: r.encodedBodySize,
  }));
  const [nav] = performance.getEntriesByType('navigation');
  return {
    ...window.__field,
    timeOrigin: performance.timeOrigin,
    now: performance.now(),
    navigation: nav && { transferSize: nav.transferSize, responseEnd: nav.responseEnd },
    resources,
    afterYEnd: after ? Math.round(after.getBoundingClientRect().top + window.scrollY) : null,
  };
}
