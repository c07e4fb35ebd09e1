// The benchmark page: runs in headless Chromium (bench/run.mjs) and answers `runBench()` with its
// measurements. Index and naive search run over the same array, in the same page, one after the other.
import type { Centre } from '../packages/sdk/src/model/centre.js';
import { createCentreIndex, type CentreIndex } from '../packages/sdk/src/search/index.js';
import { naiveSearch } from '../packages/sdk/src/search/naive.js';
import type { CentreQuery, SearchResult } from '../packages/sdk/src/search/query.js';
import { DEFAULT_TAXONOMY, type TaxonomyTerm } from '../packages/sdk/src/model/taxonomy.js';
import { validateDataset } from '../packages/sdk/src/model/validate/dataset.js';
import { BENCH_NOW, generateDataset } from './generate.js';
import { benchQueries, nearbyQueries } from './queries.js';

export interface Stats {
  median: number;
  p95: number;
}

export interface Comparison {
  scenario: string;
  queries: number;
  index: Stats;
  naive: Stats;
  /** Mean number of matches per query (the `total`), for context. */
  meanTotal: number;
  /** Queries where the index and the naive search disagreed (should be 0). */
  mismatches: number;
}

export interface SizeReport {
  size: number;
  /** Centres searched, after validation when it covers centres. */
  centres: number;
  buildFirst: number;
  build: Stats;
  /** The first search after the build, while the JIT is still cold. */
  firstSearch: number;
  comparisons: Comparison[];
}

export interface LoadReport {
  size: number;
  validated: boolean;
  warnings: number;
  first: { parse: number; validate: number; index: number; total: number };
  total: Stats;
}

export interface BenchReport {
  crossOriginIsolated: boolean;
  userAgent: string;
  load: LoadReport;
  sizes: SizeReport[];
}

declare global {
  interface Window {
    runBench: () => Promise<BenchReport>;
  }
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/** Lets the page breathe between phases, so a pending garbage collection does not land in a timing. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

interface Prepared {
  centres: Centre[];
  taxonomy: TaxonomyTerm[];
  validated: boolean;
  warnings: number;
}

/** The centres to search: validated when the validator covers centres, else the raw records as published. */
function prepare(raw: Record<string, unknown>): Prepared {
  const { dataset, warnings } = validateDataset(raw);
  const rawCentres = raw.centres as Centre[];
  if (dataset.centres.length > 0) {
    return { centres: dataset.centres, taxonomy: dataset.taxonomy, validated: true, warnings: warnings.length };
  }
  return { centres: rawCentres, taxonomy: [...DEFAULT_TAXONOMY], validated: false, warnings: warnings.length };
}

async function measureLoad(size: number): Promise<LoadReport> {
  const json = JSON.stringify(generateDataset(size));
  const runs: LoadReport['first'][] = [];
  let validated = false;
  let warnings = 0;
  for (let i = 0; i < 7; i++) {
    await pause();
    const [parsed, parse] = time(() => JSON.parse(json) as Record<string, unknown>);
    const [prepared, validate] = time(() => prepare(parsed));
    const [, index] = time(() =>
      createCentreIndex({ centres: prepared.centres, taxonomy: prepared.taxonomy, defaultLocale: 'en' }),
    );
    validated = prepared.validated;
    warnings = prepared.warnings;
    runs.push({ parse, validate, index, total: parse + validate + index });
  }
  return { size, validated, warnings, first: runs[0]!, total: stats(runs.map((r) => r.total)) };
}

function compare(
  scenario: string,
  index: CentreIndex,
  prepared: Prepared,
  queries: CentreQuery[],
  now: Date,
): Comparison {
  const context = { taxonomy: prepared.taxonomy, defaultLocale: 'en' };
  const ids = (result: SearchResult): string => result.items.map((item) => item.centre.id).join(' ');
  // Warm-up: let the JIT compile both paths before anything is timed.
  for (const query of queries.slice(0, 20)) {
    index.search(query, now);
    naiveSearch(prepared.centres, query, now, context);
  }
  const indexTimes: number[] = [];
  const naiveTimes: number[] = [];
  let mismatches = 0;
  let totals = 0;
  for (const query of queries) {
    const [fast, fastTime] = time(() => index.search(query, now));
    const [slow, slowTime] = time(() => naiveSearch(prepared.centres, query, now, context));
    indexTimes.push(fastTime);
    naiveTimes.push(slowTime);
    totals += fast.total;
    if (fast.total !== slow.total || ids(fast) !== ids(slow)) mismatches++;
  }
  return {
    scenario,
    queries: queries.length,
    index: stats(indexTimes),
    naive: stats(naiveTimes),
    meanTotal: Math.round(totals / queries.length),
    mismatches,
  };
}

async function measureSize(size: number): Promise<SizeReport> {
  const prepared = prepare(generateDataset(size));
  const input = { centres: prepared.centres, taxonomy: prepared.taxonomy, defaultLocale: 'en' };
  await pause();
  const [index, buildFirst] = time(() => createCentreIndex(input));
  const builds: number[] = [];
  for (let i = 0; i < 5; i++) {
    await pause();
    builds.push(time(() => createCentreIndex(input))[1]);
  }
  const [, firstSearch] = time(() => index.search({ text: 'centre' }, BENCH_NOW));
  await pause();
  const comparisons = [
    compare('text + 2 filters + near, by distance, top 50', index, prepared, benchQueries(200), BENCH_NOW),
  ];
  await pause();
  comparisons.push(compare('near + 50 km, no text, top 50', index, prepared, nearbyQueries(100), BENCH_NOW));
  await pause();
  const openNow = nearbyQueries(100, 13).map((q) => ({ ...q, openAt: BENCH_NOW }));
  comparisons.push(compare('near + 50 km + open now, top 50', index, prepared, openNow, BENCH_NOW));
  await pause();
  const typed = benchQueries(100, 17).map(({ text }) => ({ text, limit: 50 }));
  comparisons.push(compare('text only, by relevance (ties by name), top 50', index, prepared, typed, BENCH_NOW));
  return { size, centres: prepared.centres.length, buildFirst, build: stats(builds), firstSearch, comparisons };
}

window.runBench = async () => {
  // Load first, in a fresh page, as a person's phone would meet it.
  const load = await measureLoad(10_000);
  const sizes: SizeReport[] = [];
  for (const size of [10_000, 100_000]) sizes.push(await measureSize(size));
  return { crossOriginIsolated: self.crossOriginIsolated, userAgent: navigator.userAgent, load, sizes };
};
