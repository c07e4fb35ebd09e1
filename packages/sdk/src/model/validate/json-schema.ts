import * as z from './zod.js';
import { AUDIENCES } from '../centre.js';
import { DATASET_FORMAT } from '../dataset.js';
import { accessibilitySchema, centreSchema } from './centre-schema.js';
import { channelSchema } from './channel.js';
import {
  checklistSchema,
  checklistSourceSchema,
  conditionSchema,
  costSchema,
  currencySchema,
  documentSchema,
  durationSchema,
  placeSchema,
  screeningQuestionSchema,
  stepSchema,
} from './checklist.js';
import { idSchema, isoDateSchema, languageTagSchema } from './common.js';
import { publisherSchema } from './dataset.js';
import { hotlineSchema } from './hotline.js';
import { closesSchema, hoursSchema } from './hours.js';
import { latSchema, lngSchema, positionSchema } from './position.js';
import { quizOptionSchema, quizQuestionSchema, quizResourcesSchema, quizSchema } from './quiz.js';
import { stopSchema } from './stops.js';
import { termSchema } from './taxonomy.js';
import { LANGUAGE_TAG } from '../text.js';
import { localizedTextSchema } from './text.js';

/*
 * The whole dataset document for the JSON Schema. The record schemas leave hours, channels, stops
 * and links open (`unknown`) because the SDK checks those one by one; here they get their full
 * shape, so a publisher's own tools see the same structure the SDK reads. What JSON Schema cannot
 * say (phone numbers, safe links, time zones, rules between fields) only the SDK checks.
 */

const webPage = z.url({ protocol: /^https?$/ });
const channelValue = z.string();
const channel = z.extend(channelSchema, { value: channelValue, hours: z.optional(hoursSchema) });
const centre = z.extend(centreSchema, {
  services: z.optional(z.array(idSchema)),
  audiences: z.optional(z.array(z.enum(AUDIENCES))),
  hours: z.optional(hoursSchema),
  channels: z.optional(z.array(channel)),
  stops: z.optional(z.array(stopSchema)),
  url: z.optional(webPage),
});
const hotline = z.extend(hotlineSchema, {
  channels: z.array(channel),
  hours: z.optional(hoursSchema),
  url: z.optional(webPage),
});
const quizLink = z.object({ title: localizedTextSchema, url: webPage });
const quizQuestion = z.extend(quizQuestionSchema, {
  options: z.array(quizOptionSchema).check(z.minLength(2)),
  source: z.optional(quizLink),
});
// Whole per cent of the maximum score, both ends included.
const percent = z.int().check(z.gte(0), z.lte(100));
const scoreBand = z.object({ id: z.optional(idSchema), from: percent, to: percent, message: localizedTextSchema });
const quiz = z.extend(quizSchema, {
  questions: z.array(quizQuestion),
  bands: z.optional(z.array(scoreBand)),
  resources: z.optional(z.extend(quizResourcesSchema, { links: z.optional(z.array(quizLink)) })),
});
const checklistStep = z.extend(stepSchema, {
  when: z.optional(z.array(conditionSchema)),
  documents: z.optional(z.array(documentSchema)),
  cost: z.optional(costSchema),
  where: z.optional(z.extend(placeSchema, { url: z.optional(webPage) })),
});
const checklist = z.extend(checklistSchema, {
  source: z.extend(checklistSourceSchema, { url: z.optional(webPage) }),
  questions: z.optional(z.array(screeningQuestionSchema)),
  steps: z.array(checklistStep),
});
const format = z.literal(DATASET_FORMAT);
const updated = z.optional(isoDateSchema);
const taxonomy = z.optional(z.array(termSchema));
const languageNames = z.optional(z.record(languageTagSchema, localizedTextSchema));

const document = z.object({
  format,
  publisher: z.extend(publisherSchema, { url: z.optional(webPage) }),
  updated,
  defaultLocale: languageTagSchema,
  taxonomy,
  languageNames,
  centres: z.optional(z.array(centre)),
  hotlines: z.optional(z.array(hotline)),
  checklists: z.optional(z.array(checklist)),
  quizzes: z.optional(z.array(quiz)),
});

const metadata = z.registry<z.core.JSONSchemaMeta>();
metadata.add(document, {
  title: 'mrc-kit dataset',
  description:
    'Migrant Resource Centre services: centres, mobile teams, online services and hotlines. Fields not described here are ignored. See docs/data-format.md in the mrc-kit repository.',
});
metadata.add(format, { description: `Always "${DATASET_FORMAT}".` });
metadata.add(updated, { description: 'When the data last changed, YYYY-MM-DD.' });
metadata.add(taxonomy, {
  description: 'Service terms added to the default taxonomy; a term with a default id replaces that term.',
});
metadata.add(languageNames, {
  description:
    'Names of languages the data uses, by language tag, for languages browsers may not name (a local language, a variety): { "qaa": { "en": "Casamance Creole" } }.',
});
metadata.add(localizedTextSchema, {
  id: 'LocalizedText',
  description:
    'A text in the dataset\'s default locale, or texts by BCP 47 language tag such as { "en": "Help", "fr": "Aide" }.',
});
// The SDK checks tags with a function; the pattern is the same test, for other tools.
metadata.add(languageTagSchema, { pattern: LANGUAGE_TAG.source });
metadata.add(hoursSchema, {
  id: 'OpeningHours',
  description: 'When a place or channel is open, in its own IANA time zone. Missing hours are unknown, never closed.',
});
metadata.add(closesSchema, {
  description:
    'HH:MM or 24:00. Before opens, the period ends the next day (22:00 to 02:00); equal to opens, it lasts 24 hours (08:00 to 08:00 the next day).',
});
metadata.add(channel, { id: 'Channel', description: 'One way to reach a centre or a hotline.' });
metadata.add(channelValue, {
  description:
    'By kind: a phone number in international form, grouped as people read it (+221 800 00 12 34; the link dials its digits, tel:+221800001234), a user name, an address or an https link.',
});
metadata.add(positionSchema, { id: 'Position', description: 'WGS 84 degrees; 0,0 is refused as a missing position.' });
metadata.add(latSchema, { minimum: -90, maximum: 90, description: 'Degrees north (negative: south).' });
metadata.add(lngSchema, { minimum: -180, maximum: 180, description: 'Degrees east (negative: west).' });
metadata.add(stopSchema, {
  id: 'MobileStop',
  description:
    'A scheduled stop of a mobile team; start and end are ISO 8601 date-times with an offset, end after start.',
});
metadata.add(accessibilitySchema, { id: 'Accessibility' });
metadata.add(termSchema, { id: 'TaxonomyTerm', description: 'A service a centre may offer.' });
metadata.add(centre, {
  id: 'Centre',
  description:
    'A fixed centre (needs a position or an address), a mobile team (needs stops or a position) or an online service (needs a channel or a url).',
});
metadata.add(hotline, { id: 'Hotline', description: 'A helpline with at least one contact channel.' });
metadata.add(checklist, {
  id: 'Checklist',
  description:
    'The steps of a regular-migration procedure, with screening questions that hide steps which do not apply. Places name centres of the same dataset.',
});
metadata.add(checklistStep, {
  id: 'ChecklistStep',
  description:
    'One step. "join": "and" or "or" puts it under the number of the step before it; "when" lists conditions on screening answers, all of which must hold.',
});
metadata.add(durationSchema, {
  id: 'Duration',
  description: 'How long a step usually takes: min units, or min to max.',
});
metadata.add(currencySchema, { pattern: '^[A-Z]{3}$', description: 'An ISO 4217 currency code, such as "XOF".' });
metadata.add(quiz, {
  id: 'Quiz',
  description:
    'A risk-awareness quiz: scored, or myth-or-fact (true-false statements only, no score, no bands). Bands should cover 0 to 100 without gaps or overlaps.',
});
metadata.add(quizQuestion, {
  id: 'QuizQuestion',
  description:
    'single: exactly one correct option; multiple: one or more; true-false: the options "true" and "false", one correct.',
});
metadata.add(scoreBand, { id: 'ScoreBand', description: 'A message for scores from `from` to `to` per cent.' });

/** The JSON Schema (draft-07, read by the widest range of tools) of an `mrc-kit/dataset@1` document. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(document, { target: 'draft-07', io: 'input', metadata }) as Record<string, unknown>;
}
