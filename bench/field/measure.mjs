// One measured load of a host page in the field benchmark: throttled through the DevTools protocol,
// watched by the probe, reduced to the figures the report prints.
import { DATASET_PATH, USEFUL } from './pages.mjs';
import { allUseful, collectProbe, installProbe } from './probe.mjs';

/** Network profiles: download/upload in kbit/s and the latency added to each request, in ms. */
export const PROFILES = {
  '400k': { label: '400 kbit/s, +400 ms', kbits: 400, latency: 400, timeout: 90_000 },
  '2g': { label: '50 kbit/s, +800 ms (2G)', kbits: 50, latency: 800, timeout: 240_000 },
  fast: { label: 'no network throttling', kbits: 0, latency: 0, timeout: 60_000 },
};

/** A cheap phone's screen, as Lighthouse's mobile preset has it. */
const PHONE = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** After the content is shown, this long for late shifts and long tasks to be seen. */
const SETTLE_MS = 2000;

const max = (values) => (values.some((v) => typeof v !== 'number') ? null : Math.max(...values));

/** Prepares a page of `context`: phone screen, throttling, the probe, and the dataset request's start (CDP). */
export async function openPage(context, { profile, cpu = 1, tags }) {
  const page = await context.newPage();
  await page.setViewport(PHONE);
  await throttle(page, profile);
  if (cpu > 1) await page.emulateCPUThrottling(cpu);
  await page.evaluateOnNewDocument(installProbe, Object.fromEntries(tags.map((t) => [t, USEFUL[t]])));
  // The dataset request's start from the network's side: a request that never answers has no
  // Resource Timing entry.
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  const data = { starts: [] };
  cdp.on('Network.requestWillBeSent', (e) => {
    if (new URL(e.request.url).pathname === DATASET_PATH) data.starts.push(e.wallTime * 1000);
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, data, errors, timeout: PROFILES[profile].timeout };
}

/** Sets the network profile of an open page (puppeteer sends it through the DevTools protocol). */
export async function throttle(page, profile) {
  const { kbits, latency } = PROFILES[profile];
  const bytes = kbits > 0 ? (kbits * 1000) / 8 : -1;
  await page.emulateNetworkConditions({ download: bytes, upload: bytes, latency });
}

/** Loads `url` in an opened page and returns the figures of that load. */
export async function measureLoad(opened, url, { tags, entry }) {
  const { page, data, errors, timeout } = opened;
  data.starts.length = 0;
  errors.length = 0;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
  let complete = true;
  try {
    await page.waitForFunction(allUseful, { timeout, polling: 250 }, tags);
  } catch {
    complete = false;
  }
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const seen = await page.evaluate(collectProbe);
  return figures(seen, { tags, entry, data, complete, errors: [...errors, ...seen.errors] });
}

/** The figures of one load, from what the probe and the network saw. */
function figures(seen, { tags, entry, data, complete, errors }) {
  const path = (url) => new URL(url).pathname;
  const entryTiming = seen.resources.find((r) => path(r.url) === entry);
  const dataTimings = seen.resources.filter((r) => path(r.url) === DATASET_PATH);
  const firstData = dataTimings[0];
  const cdpStart = data.starts.length > 0 ? Math.min(...data.starts) - seen.timeOrigin : null;
  const dataStart = firstData ? firstData.start : cdpStart;
  const code = seen.resources.filter((r) => /\.m?js$/.test(path(r.url)));
  const sum = (list) => list.reduce((total, r) => total + r.transferSize, 0);
  const fcp = seen.paints['first-contentful-paint'] ?? null;
  const longest = seen.longTasks.reduce((a, b) => (b.duration > (a?.duration ?? 0) ? b : a), null);
  const perTag = (times) => Object.fromEntries(tags.map((t) => [t, times[t] ?? null]));
  return {
    complete,
    fallback: seen.fallback.length > 0 ? Math.max(...seen.fallback.map((f) => f.time)) : null,
    fcp,
    lcp: seen.lcp,
    firstShadow: max(tags.map((t) => seen.shadow[t])),
    entryEnd: entryTiming?.end ?? null,
    dataStart,
    dataAfterEntry: dataStart !== null && entryTiming ? dataStart - entryTiming.end : null,
    dataEnd: firstData?.end ?? null,
    dataRequests: data.starts.length,
    useful: max(tags.map((t) => seen.useful[t])),
    usefulByTag: perTag(seen.useful),
    shadowByTag: perTag(seen.shadow),
    cls: cumulativeLayoutShift(seen.shifts),
    shiftTotal: seen.shifts.filter((s) => !s.input).reduce((total, s) => total + s.value, 0),
    shifts: seen.shifts.length,
    shiftList: seen.shifts.map((x) => ({ time: Math.round(x.time), value: x.value, sources: x.sources })),
    afterY: [seen.afterYAtFirstPaint, ...seen.shifts.map((s) => s.afterY), seen.afterYEnd],
    longestTask: longest?.duration ?? 0,
    longestTaskAt: longest?.start ?? null,
    longTasks: seen.longTasks.length,
    tbt: seen.longTasks
      .filter((t) => fcp === null || t.start >= fcp)
      .reduce((total, t) => total + Math.max(0, t.duration - 50), 0),
    codeBytes: sum(code),
    dataBytes: sum(dataTimings),
    pageBytes: (seen.navigation?.transferSize ?? 0) + sum(seen.resources),
    requests: 1 + seen.resources.length,
    errors,
  };
}

/**
 * CLS as Lighthouse and web-vitals define it: shifts without recent input grouped in session
 * windows (gaps under 1 s, at most 5 s long); the largest window's sum.
 */
function cumulativeLayoutShift(shifts) {
  let best = 0;
  let windowSum = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const s of shifts.filter((x) => !x.input)) {
    if (s.time - last > 1000 || s.time - windowStart > 5000) {
      windowSum = 0;
      windowStart = s.time;
    }
    windowSum += s.value;
    last = s.time;
    best = Math.max(best, windowSum);
  }
  return best;
}
