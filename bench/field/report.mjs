// The field benchmark's tables and goals, from the runs' figures (measure.mjs).

/** The median of the numbers among `values` (null when there are none). */
function median(values) {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  const mid = numbers.length >> 1;
  return numbers.length % 2 ? numbers[mid] : (numbers[mid - 1] + numbers[mid]) / 2;
}

/** Median of each figure over `runs`; `usefulByTag` and `shadowByTag` per tag. */
export function medians(runs) {
  const out = { runs: runs.length, complete: runs.filter((r) => r.complete).length };
  for (const key of new Set(runs.flatMap((r) => Object.keys(r)))) {
    const first = runs.map((r) => r[key]).find((v) => v !== undefined);
    if (typeof first === 'number' || first === null) out[key] = median(runs.map((r) => r[key]));
    else if (key.endsWith('ByTag'))
      out[key] = Object.fromEntries(Object.keys(first).map((tag) => [tag, median(runs.map((r) => r[key]?.[tag]))]));
  }
  return out;
}

const s = (ms) => (typeof ms !== 'number' ? '—' : Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'never');
const kb = (bytes) => (typeof bytes === 'number' ? `${(bytes / 1024).toFixed(1)} KB` : '—');
const plain = (n, digits = 0) => (typeof n === 'number' ? n.toFixed(digits) : '—');
const msec = (ms) => (typeof ms === 'number' ? `${Math.round(ms)} ms` : '—');

function table(title, columns, rows) {
  const cells = rows.map(([label, format, pick]) => [label, ...columns.map((c) => format(pick(c.value)))]);
  const head = ['', ...columns.map((c) => c.name)];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (r) =>
    '  ' + r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [`\n${title}`, line(head), ...cells.map(line)].join('\n');
}

const PAGE_NAMES = { 'all-four': 'all four (mrc-kit.js)', hotline: 'hotline card alone' };
const SHORT = {
  'mrc-hotline-card': 'hotline',
  'mrc-centre-finder': 'finder',
  'mrc-risk-quiz': 'quiz',
  'mrc-procedure-checklist': 'checklist',
};

const columnsOf = (group) =>
  Object.entries(PAGE_NAMES)
    .filter(([page]) => group[page])
    .map(([page, name]) => ({ name, value: group[page] }));

/** The text report of everything measured. */
export function formatReport(results) {
  const out = [];
  for (const [key, group] of Object.entries(results.loads)) {
    const columns = columnsOf(group);
    if (columns.length === 0) continue;
    const runs = columns.map((c) => c.value.runs).join('/');
    out.push(
      table(`${group.label}: medians of ${runs} cold load(s)`, columns, [
        ['fallback content painted', s, (m) => m.fallback],
        ['first paint (FCP)', s, (m) => m.fcp],
        ['first shadow render (every element)', s, (m) => m.firstShadow],
        ['entry script arrived', s, (m) => m.entryEnd],
        ['dataset request starts', s, (m) => m.dataStart],
        ['  … after the entry script', s, (m) => m.dataAfterEntry],
        ['dataset arrived', s, (m) => m.dataEnd],
        ['useful (every element)', s, (m) => m.useful],
        ...Object.entries(SHORT).map(([tag, name]) => [`  ${name}`, s, (m) => m.usefulByTag?.[tag]]),
        ['CLS (largest session window)', (v) => plain(v, 3), (m) => m.cls],
        ['  all shifts added up', (v) => plain(v, 3), (m) => m.shiftTotal],
        ['longest task', msec, (m) => m.longestTask],
        ['  it began at', s, (m) => m.longestTaskAt],
        ['total blocking time (after FCP)', msec, (m) => m.tbt],
        ['code transferred', kb, (m) => m.codeBytes],
        ['data transferred', kb, (m) => m.dataBytes],
        ['requests', plain, (m) => m.requests],
        ['loads that reached useful', plain, (m) => m.complete],
      ]),
    );
    if (key === '400k' || key === 'bare')
      for (const { name, value } of columns) {
        if (value.afterY)
          out.push(`  ${name}: host text's y (first run) ${value.afterY.map((y) => y ?? '—').join(' → ')}`);
        for (const shift of value.shiftList ?? [])
          out.push(`    shift at ${s(shift.time)}, ${shift.value.toFixed(3)}: ${shift.sources.join(', ')}`);
      }
  }
  if (results.revisits) {
    out.push(`\nRevisits (all four, ${results.revisits.label}; the first visit kept a copy in IndexedDB)`);
    out.push('  dataset answer                 kept copy shown   dataset request starts   dataset requests');
    for (const [mode, r] of REVISIT_ORDER.map((m) => [m, results.revisits.modes[m]]).filter(([, r]) => r))
      out.push(
        `  ${REVISIT_NAMES[mode].padEnd(30)} ${s(r.useful).padStart(15)}   ${s(r.dataStart).padStart(22)}   ${plain(r.dataRequests).padStart(16)}${r.error ? `   failed: ${r.error}` : r.complete ? '' : '   (not shown before the time limit)'}`,
      );
  }
  if (results.lighthouse) {
    const columns = columnsOf(results.lighthouse);
    out.push(
      table(
        `Lighthouse ${columns[0]?.value.version ?? ''} (mobile preset, simulated throttling), medians of ${columns[0]?.value.runs} run(s)`,
        columns,
        [
          ['performance', plain, (m) => m.performance],
          ['accessibility', plain, (m) => m.accessibility],
          ['FCP', s, (m) => m.fcp],
          ['LCP', s, (m) => m.lcp],
          ['TBT', msec, (m) => m.tbt],
          ['CLS', (v) => plain(v, 3), (m) => m.cls],
        ],
      ),
    );
    for (const { name, value } of columns) {
      if (value.runtimeError) out.push(`  ${name}: Lighthouse error: ${value.runtimeError}`);
      if (value.failedAudits?.length)
        out.push(`  ${name}: accessibility audits not passed: ${value.failedAudits.join(', ')}`);
    }
  }
  out.push(
    `\nmrc-kit.js with its static imports: ${kb(results.size.gzip)} gzip (${results.size.gzip} bytes, ${results.size.files.length} files)`,
  );
  return out.join('\n');
}

/** The revisits' dataset answers, in the order they are run and shown. */
export const REVISIT_ORDER = ['ok', 'hang', 'stall', 'portal', '503'];

export const REVISIT_NAMES = {
  ok: 'answers 304 (for comparison)',
  hang: 'request hangs',
  stall: 'stalls mid-file',
  portal: 'captive portal page',
  503: '503',
};

/** Each goal of the work on slow networks: the figure, the goal, and whether it is met. */
export function goals(results) {
  const list = [];
  const add = (figure, value, goal, met, format) =>
    list.push({ figure, value, goal, met: typeof value === 'number' ? met(value) : null, shown: format(value) });
  const at = (page, key = '400k') => results.loads[key]?.[page];
  for (const [page, name] of Object.entries(PAGE_NAMES))
    add(
      `${name}: dataset request after the entry script (400 kbit/s)`,
      at(page)?.dataAfterEntry,
      '≤ 1 s',
      (v) => v <= 1000,
      s,
    );
  add('hotline card alone: useful (400 kbit/s)', at('hotline')?.useful, '≤ 4 s', (v) => v <= 4000, s);
  add('all four: useful (400 kbit/s)', at('all-four')?.useful, '≤ 5 s', (v) => v <= 5000, s);
  for (const [page, name] of Object.entries(PAGE_NAMES))
    add(`${name}: useful on 2G (50 kbit/s, +800 ms)`, at(page, '2g')?.useful, '≤ 15 s', (v) => v <= 15000, s);
  for (const [page, name] of Object.entries(PAGE_NAMES)) {
    add(
      `${name}: CLS with fallback content`,
      at(page)?.cls,
      '≤ 0.05',
      (v) => v <= 0.05,
      (v) => plain(v, 3),
    );
    add(
      `${name}: CLS without fallback content`,
      at(page, 'bare')?.cls,
      '≤ 0.05',
      (v) => v <= 0.05,
      (v) => plain(v, 3),
    );
  }
  for (const [page, name] of Object.entries(PAGE_NAMES))
    add(`${name}: longest task at 4× CPU`, at(page, 'cpu4')?.longestTask, '≤ 150 ms', (v) => v <= 150, msec);
  const lh = results.lighthouse?.['all-four'];
  add('all four: Lighthouse mobile performance', lh?.performance, '≥ 95', (v) => v >= 95, plain);
  add('all four: Lighthouse TBT', lh?.tbt, '≤ 150 ms', (v) => v <= 150, msec);
  const modes = results.revisits?.modes;
  const reference = modes?.ok?.useful;
  for (const mode of ['hang', 'stall', 'portal', '503'])
    add(
      `revisit, ${REVISIT_NAMES[mode]}: kept copy shown`,
      modes?.[mode] && !modes[mode].error ? (modes[mode].complete ? modes[mode].useful : Infinity) : undefined,
      `≤ ${typeof reference === 'number' ? s(reference + 500) : '—'} (304 revisit + 0.5 s)`,
      (v) => typeof reference === 'number' && v <= reference + 500,
      s,
    );
  add('mrc-kit.js gzip', results.size.gzip, '≤ 40 KB', (v) => v <= 40 * 1024, kb);
  return list;
}

/** The goals block of the text report. */
export function formatGoals(list) {
  const width = Math.max(...list.map((g) => g.figure.length));
  const goalWidth = Math.max(...list.map((g) => g.goal.length));
  const lines = list.map(
    (g) =>
      `  ${g.figure.padEnd(width)}  ${g.shown.padStart(9)}  ${g.goal.padEnd(goalWidth)}  ${g.met === null ? 'not measured' : g.met ? 'met' : 'NOT MET'}`,
  );
  return ['\nGoals', ...lines].join('\n');
}
