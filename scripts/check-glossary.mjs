// Fails when an interface string does not use its language's word for a term that carries weight
// (packages/widgets/xliff/glossary/): a string whose English says "helpline" must say the
// glossary's word for helpline, so the same thing is named the same way on every screen.
// Each language's glossary lists the forms its word takes (stems, where the word inflects).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const dir = join(config.interchange.xliffDir, 'glossary');
const { terms } = JSON.parse(readFileSync(join(dir, 'terms.json'), 'utf8'));

const plain = (xml) =>
  xml
    .replace(/<x [^>]*\/>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether an English source uses a term (as a whole word, outside the phrases it names as not meaning it). */
function uses(source, term) {
  let text = source.toLowerCase();
  for (const phrase of term.unless ?? []) text = text.split(phrase).join(' ');
  return term.en.some((word) => new RegExp(`(^|[^\\p{L}-])${escape(word)}($|[^\\p{L}-])`, 'u').test(text));
}

let problems = 0;
let checked = 0;
for (const locale of config.targetLocales) {
  let glossary;
  try {
    glossary = JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8'));
  } catch (error) {
    problems++;
    console.error(`glossary/${locale}.json: ${error.code === 'ENOENT' ? 'missing' : error.message}`);
    continue;
  }
  for (const key of Object.keys(terms)) {
    if (!glossary.terms?.[key]?.use) {
      problems++;
      console.error(`glossary/${locale}.json: no word for "${key}"`);
    }
  }
  const xlf = readFileSync(join(config.interchange.xliffDir, `${locale}.xlf`), 'utf8');
  for (const [, id, body] of xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const source = plain(/<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '');
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (target === undefined) continue;
    const said = plain(target).toLocaleLowerCase(locale);
    for (const [key, term] of Object.entries(terms)) {
      const entry = glossary.terms?.[key];
      if (!entry?.use || !uses(source, term)) continue;
      checked++;
      const forms = entry.forms ?? [entry.use];
      if (!forms.some((form) => said.includes(form.toLocaleLowerCase(locale)))) {
        problems++;
        console.error(`${locale}.xlf: "${id}" says "${term.en[0]}" without the glossary's word (${forms.join(' / ')})`);
      }
    }
  }
}
console.log(`Glossary: ${checked} uses of ${Object.keys(terms).length} terms checked, ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
