// npm run bench:field: the kit on slow and broken networks, as a person on a cheap phone meets it.
// Serves the CDN build and generated host pages (bench/field/pages.mjs) over a local static host with
// gzip and ETags, loads them cold in headless Chromium throttled through the DevTools protocol, and
// prints the medians of: fallback painted, first shadow render, dataset request start, useful
// content, layout shift, long tasks at 4× CPU, bytes; then revisits with a kept copy while the
// dataset request fails, Lighthouse, the size of mrc-kit.js, and the goals met or not. Writes
// everything to .bench-results/field.json. Timings only: nothing fails on them (docs/performance.md).
//
//   node bench/field.mjs [--dist <cdn dir>] [--dataset <file>] [--runs N] [--runs-2g N] [--quick]
//                        [--no-lighthouse] [--only load,2g,bare,cpu,revisit,lighthouse]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { runLighthouse } from './field/lighthouse.mjs';
import { PROFILES, measureLoad, openPage, throttle } from './field/measure.mjs';
import { DATASET_PATH, hostPages } from './field/pages.mjs';
import { REVISIT_NAMES, REVISIT_ORDER, formatGoals, formatReport, goals, medians } from './field/report.mjs';
import { serveField } from './field/server.mjs';
import { entrySize } from './field/size.mjs';

const GROUPS = ['load', '2g', 'bare', 'cpu', 'revisit', 'lighthouse'];
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'packages/widgets/dist/cdn' },
    dataset: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'runs-2g': { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string', default: '.bench-results/field.json' },
  },
});
const dist = resolve(args.dist);
// Another worktree's build comes with that worktree's demo dataset.
const dataset = resolve(
  args.dataset ??
    [resolve(dist, '../../../sdk/dist/demo-dataset.json'), 'packages/sdk/dist/demo-dataset.json'].find(existsSync),
);
if (!existsSync(resolve(dist, 'mrc-kit.js'))) {
  console.error(`No CDN build in ${dist}: run npm run build first, or give --dist.`);
  process.exit(2);
}
const runs = args.quick ? 1 : Number(args.runs);
const runs2g = Number(args['runs-2g']);
const only = new Set(args.only ? args.only.split(',') : GROUPS);
if (args.quick) ['2g', 'lighthouse'].forEach((g) => only.delete(g));
if (args['no-lighthouse']) only.delete('lighthouse');
for (const group of only) if (!GROUPS.includes(group)) throw new Error(`--only: unknown group ${group}`);

const pages = hostPages();
const server = await serveField({
  mounts: { '/mrc-kit/': dist },
  pages: Object.fromEntries(Object.values(pages).map((p) => [p.path, p.html])),
  datasetPath: DATASET_PATH,
  datasetFile: dataset,
});
const browser = await launchChromium();
const started = Date.now();
const log = (line) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const seconds = (ms) => (typeof ms === 'number' ? `${(ms / 1000).toFixed(2)} s` : '—');

/** `count` cold loads of each page (a new incognito context each), interleaved; their medians. */
async function coldLoads(names, { profile, cpu = 1, count }) {
  const perPage = Object.fromEntries(names.map((n) => [n, []]));
  for (let run = 1; run <= count; run += 1)
    for (const name of names) {
      const context = await browser.createBrowserContext();
      try {
        const opened = await openPage(context, { profile, cpu, tags: pages[name].tags });
        const figures = await measureLoad(opened, server.origin + pages[name].path, pages[name]);
        perPage[name].push(figures);
        log(
          `${profile}${cpu > 1 ? ` cpu ${cpu}×` : ''} ${name} ${run}/${count}: useful ${seconds(figures.useful)}, ` +
            `CLS ${figures.cls.toFixed(3)}, longest task ${Math.round(figures.longestTask)} ms` +
            (figures.errors.length ? `; page errors: ${figures.errors.join(' | ')}` : ''),
        );
      } catch (error) {
        // A load that breaks (a navigation that times out, a crashed page) is left out and said.
        log(`${profile} ${name} ${run}/${count} failed: ${error.message}`);
      } finally {
        await context.close();
      }
    }
  return Object.fromEntries(
    Object.entries(perPage).map(([name, list]) => [
      name,
      { ...medians(list), afterY: list[0]?.afterY, shiftList: list[0]?.shiftList, each: list },
    ]),
  );
}

/**
 * A first visit (unthrottled) leaves a kept copy in IndexedDB; the second, throttled, meets the
 * dataset answer `mode`. The figure is the time until every element shows content again.
 */
async function revisit(mode) {
  const page = pages['all-four'];
  const context = await browser.createBrowserContext();
  try {
    server.setDatasetMode('ok');
    const opened = await openPage(context, { profile: 'fast', tags: page.tags });
    const first = await measureLoad(opened, server.origin + page.path, page);
    if (!first.complete) throw new Error('the first visit did not show the content');
    await throttle(opened.page, '400k');
    opened.timeout = PROFILES['400k'].timeout;
    server.setDatasetMode(mode);
    const figures = await measureLoad(opened, server.origin + page.path, page);
    log(`revisit, ${REVISIT_NAMES[mode]}: content shown at ${seconds(figures.complete ? figures.useful : null)}`);
    return figures;
  } finally {
    server.setDatasetMode('ok');
    await context.close();
  }
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadBefore: loadavg() },
  chromium: await browser.version(),
  dist,
  dataset,
  runs,
  loads: {},
  size: entrySize(dist, 'mrc-kit.js'),
};
try {
  log(`${results.chromium}, ${results.machine.cpus} CPUs; serving ${dist}`);
  if (only.has('load'))
    results.loads['400k'] = {
      label: PROFILES['400k'].label,
      ...(await coldLoads(['all-four', 'hotline'], { profile: '400k', count: runs })),
    };
  if (only.has('2g'))
    results.loads['2g'] = {
      label: PROFILES['2g'].label,
      ...(await coldLoads(['all-four', 'hotline'], { profile: '2g', count: runs2g })),
    };
  if (only.has('bare')) {
    // The same pages without fallback content: the layout shift the elements cause on their own.
    const bare = await coldLoads(['all-four-bare', 'hotline-bare'], { profile: '400k', count: runs });
    results.loads.bare = {
      label: `${PROFILES['400k'].label}, pages without fallback content`,
      'all-four': bare['all-four-bare'],
      hotline: bare['hotline-bare'],
    };
  }
  if (only.has('cpu'))
    results.loads.cpu4 = {
      label: 'CPU slowed 4×, no network throttling',
      ...(await coldLoads(['all-four', 'hotline'], { profile: 'fast', cpu: 4, count: runs })),
    };
  if (only.has('revisit')) {
    results.revisits = { label: PROFILES['400k'].label, modes: {} };
    for (const mode of REVISIT_ORDER)
      results.revisits.modes[mode] = await revisit(mode).catch((error) => {
        log(`revisit, ${REVISIT_NAMES[mode]} failed: ${error.message}`);
        return { error: error.message };
      });
  }
  if (only.has('lighthouse')) {
    const port = Number(new URL(browser.wsEndpoint()).port);
    results.lighthouse = {};
    for (const name of ['all-four', 'hotline']) {
      const list = [];
      for (let run = 1; run <= runs; run += 1) {
        list.push(
          await runLighthouse(server.origin + pages[name].path, port).catch((e) => ({ runtimeError: e.message })),
        );
        log(`Lighthouse ${name} ${run}/${runs}: performance ${list.at(-1).performance}, TBT ${list.at(-1).tbt} ms`);
      }
      const { version, runtimeError, failedAudits } = list.find((r) => r.version) ?? list[0];
      results.lighthouse[name] = { ...medians(list), version, runtimeError, failedAudits, each: list };
    }
  }
} finally {
  await browser.close();
  await server.close();
}

results.machine.loadAfter = loadavg();
results.goals = goals(results);
console.log(
  `\nField benchmark · ${results.chromium} · ${results.machine.cpus} × ${results.machine.model} · ${results.date}`,
);
console.log(`Build: ${dist}`);
const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
console.log(`Load average before / after: ${load(results.machine.loadBefore)} / ${load(results.machine.loadAfter)}`);
if (Math.max(results.machine.loadBefore[0], results.machine.loadAfter[0]) > results.machine.cpus)
  console.log(
    'The machine was busy (a load average above its number of CPUs): long tasks, blocking time and ' +
      "Lighthouse's performance score come out worse than on a quiet machine; the network figures hold.",
  );
console.log(formatReport(results));
console.log(formatGoals(results.goals));
console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s; the 2G figures are from ${runs2g} run(s) each)`);
mkdirSync(dirname(resolve(args.out)), { recursive: true });
writeFileSync(args.out, JSON.stringify(results, null, 2) + '\n');
console.log(`Written to ${args.out}`);
