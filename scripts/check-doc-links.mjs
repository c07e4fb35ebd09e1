// Checks the links between the repository's Markdown files: every relative link names a file that
// exists, and every `#anchor` (in the same file or in another .md file) names a heading there, as
// GitHub makes an anchor of a heading. Links to the web are not fetched. Part of `npm run lint`.
//
//   node scripts/check-doc-links.mjs [file.md…]   (default: every tracked .md file)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** The text of a Markdown file without its fenced code blocks (their lines kept, empty, so line numbers hold). */
function withoutCode(text) {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ''));
}

/**
 * The anchor GitHub gives a heading: its text without Markdown, lower case, every character but
 * letters, digits, spaces, hyphens and underscores dropped, spaces made hyphens (as github-slugger).
 */
function slug(heading) {
  // `<dataset>` in a code span is text: its brackets go, as other punctuation does.
  const text = heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '');
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

const anchorsCache = new Map();

/** The anchors of a Markdown file: one per heading (repeats numbered -1, -2…), and explicit `id`/`name`s. */
function anchorsOf(path) {
  if (anchorsCache.has(path)) return anchorsCache.get(path);
  const text = withoutCode(readFileSync(path, 'utf8'));
  const anchors = new Set();
  const seen = new Map();
  for (const [, heading] of text.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const [, id] of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id);
  anchorsCache.set(path, anchors);
  return anchors;
}

/** Every broken relative link of a Markdown file, as `file:line: reason`. */
function brokenLinks(file) {
  const problems = [];
  const lines = withoutCode(readFileSync(file, 'utf8')).split('\n');
  lines.forEach((line, i) => {
    const code = line.replace(/`[^`]*`/g, (span) => ' '.repeat(span.length));
    for (const [, target] of code.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:…
      const [path, anchor] = target.split('#');
      const resolved = path === '' ? file : normalize(join(dirname(file), decodeURIComponent(path)));
      if (!existsSync(resolved)) {
        problems.push(`${file}:${i + 1}: ${target}: no such file`);
        continue;
      }
      if (anchor === undefined || anchor === '' || !resolved.endsWith('.md') || statSync(resolved).isDirectory())
        continue;
      if (!anchorsOf(resolved).has(decodeURIComponent(anchor))) {
        problems.push(`${file}:${i + 1}: ${target}: no heading of ${resolved} has the anchor #${anchor}`);
      }
    }
  });
  return problems;
}

const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : execFileSync('git', ['ls-files', '*.md'], { encoding: 'utf8' })
        .split('\n')
        .filter((f) => f !== '' && !f.includes('node_modules/') && !/(^|\/)CHANGELOG\.md$/.test(f) && existsSync(f));
const problems = files.flatMap(brokenLinks);
for (const problem of problems) console.error(problem);
console.log(`${files.length} Markdown files, ${problems.length} broken link${problems.length === 1 ? '' : 's'}`);
process.exit(problems.length > 0 ? 1 : 0);
