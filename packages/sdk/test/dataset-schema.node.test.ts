// The JSON Schema shipped as @mrc-kit/sdk/dataset.schema.json: its shape, and the demo dataset
// checked against it by a small validator of the keywords it uses, and by ajv.
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'chai';
import { demoDataset } from '../src/demo/index.js';
import { datasetJsonSchema } from '../src/model/validate/json-schema.js';

type Schema = Record<string, unknown>;

const schema = datasetJsonSchema();
const definitions = schema.definitions as Record<string, Schema>;
const demoJson = JSON.parse(JSON.stringify(demoDataset)) as Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'definitions']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * A validator for the draft-07 keywords the generated schema uses. An unknown keyword fails the
 * test, so a change in what zod writes cannot slip through unchecked.
 */
function validate(value: unknown, node: Schema, path = '$'): string[] {
  const errors: string[] = [];
  for (const [keyword, rule] of Object.entries(node)) {
    const fail = (what: string) => errors.push(`${path}: ${keyword} ${what}`);
    switch (keyword) {
      case '$ref': {
        const name = /^#\/definitions\/(.+)$/.exec(rule as string)?.[1];
        const target = name === undefined ? undefined : definitions[name];
        if (!target) throw new Error(`unresolved $ref ${String(rule)}`);
        errors.push(...validate(value, target, path));
        break;
      }
      case 'allOf':
        for (const sub of rule as Schema[]) errors.push(...validate(value, sub, path));
        break;
      case 'anyOf':
        if (!(rule as Schema[]).some((sub) => validate(value, sub, path).length === 0)) fail('matches no option');
        break;
      case 'type': {
        const t = typeOf(value);
        if (t !== rule && !(rule === 'number' && t === 'integer')) fail(`is ${t}, not ${String(rule)}`);
        break;
      }
      case 'const':
        if (value !== rule) fail(`is not ${JSON.stringify(rule)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value)) fail(`does not list ${JSON.stringify(value)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string).test(value)) fail(`fails on ${value}`);
        break;
      case 'format':
        if (typeof value === 'string' && rule === 'uri' && !URL.canParse(value)) fail(`fails on ${value}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && value.length < (rule as number)) fail('too short');
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (rule as number)) fail('too few');
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number)) fail('too small');
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number)) fail('too large');
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((v, i) => errors.push(...validate(v, rule as Schema, `${path}[${i}]`)));
        break;
      case 'required':
        if (typeOf(value) === 'object') {
          for (const key of rule as string[]) if (!(key in (value as object))) fail(`misses ${key}`);
        }
        break;
      case 'properties':
        if (typeOf(value) === 'object') {
          for (const [key, sub] of Object.entries(rule as Record<string, Schema>)) {
            const v = (value as Record<string, unknown>)[key];
            if (v !== undefined) errors.push(...validate(v, sub, `${path}.${key}`));
          }
        }
        break;
      case 'propertyNames':
        if (typeOf(value) === 'object') {
          for (const key of Object.keys(value as object))
            errors.push(...validate(key, rule as Schema, `${path}[${key}]`));
        }
        break;
      case 'additionalProperties':
        // Only maps (texts by language) use it, always with a schema and no `properties` beside it.
        if (typeOf(value) === 'object') {
          for (const [key, v] of Object.entries(value as object)) {
            errors.push(...validate(v, rule as Schema, `${path}.${key}`));
          }
        }
        break;
      default:
        if (!ANNOTATIONS.has(keyword)) throw new Error(`the test validator does not know "${keyword}"`);
    }
  }
  return errors;
}

describe('dataset.schema.json', () => {
  it('describes the whole document as draft-07', () => {
    expect(schema.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(schema.type).to.equal('object');
    expect(schema.required).to.deep.equal(['format', 'publisher', 'defaultLocale']);
    expect(schema.properties).to.have.all.keys(
      'format',
      'publisher',
      'updated',
      'defaultLocale',
      'taxonomy',
      'languageNames',
      'centres',
      'hotlines',
      'quizzes',
      'checklists',
    );
    expect((schema.properties as Record<string, Schema>).format).to.deep.include({ const: 'mrc-kit/dataset@1' });
    expect(definitions).to.include.all.keys(
      'Centre',
      'Hotline',
      'Channel',
      'MobileStop',
      'Position',
      'OpeningHours',
      'TaxonomyTerm',
      'LocalizedText',
      'Quiz',
      'QuizQuestion',
      'ScoreBand',
      'Checklist',
      'ChecklistStep',
    );
  });

  it('gives every field and required field of each record', () => {
    const shape = (name: string) => ({
      properties: Object.keys(definitions[name]?.properties as object),
      required: definitions[name]?.required,
    });
    expect(shape('Centre')).to.deep.equal({
      properties: [
        'id',
        'name',
        'kind',
        'operator',
        'description',
        'country',
        'region',
        'city',
        'address',
        'position',
        'services',
        'audiences',
        'languages',
        'hours',
        'channels',
        'accessibility',
        'appointment',
        'stops',
        'url',
        'lastVerified',
      ],
      required: ['id', 'name', 'kind', 'country'],
    });
    expect(shape('Hotline').required).to.deep.equal(['id', 'name', 'countries', 'channels']);
    expect(shape('Channel')).to.deep.equal({
      properties: ['kind', 'value', 'label', 'hours', 'languages', 'free', 'note'],
      required: ['kind', 'value'],
    });
    expect(shape('MobileStop')).to.deep.equal({
      properties: ['place', 'position', 'start', 'end', 'note'],
      required: ['place', 'start', 'end'],
    });
    expect(shape('TaxonomyTerm').required).to.deep.equal(['id', 'name']);
    expect(definitions.Position?.properties).to.deep.include({
      lat: { type: 'number', minimum: -90, maximum: 90, description: 'Degrees north (negative: south).' },
    });
  });

  it('accepts the demo dataset as JSON', () => {
    expect(validate(demoJson, schema)).to.deep.equal([]);
  });

  it('refuses what the SDK refuses for its shape', () => {
    const [first] = demoJson.centres as Record<string, unknown>[];
    const broken = {
      ...demoJson,
      centres: [
        { ...first, kind: 'office', country: 'sn', position: { lat: 120, lng: 14 }, audiences: ['youth'] },
        { ...first, stops: [{ place: 'Podor', start: '2026-11-17T09:00:00', end: '2026-11-17T16:00:00Z' }] },
      ],
      hotlines: [{ id: 'no channels', name: '' }],
    };
    expect(validate(broken, schema)).to.have.members([
      '$.centres[0].kind: enum does not list "office"',
      '$.centres[0].country: pattern fails on sn',
      '$.centres[0].position.lat: maximum too large',
      '$.centres[0].audiences[0]: enum does not list "youth"',
      '$.centres[1].stops[0].start: pattern fails on 2026-11-17T09:00:00',
      '$.hotlines[0]: required misses countries',
      '$.hotlines[0]: required misses channels',
      '$.hotlines[0].id: pattern fails on no channels',
      '$.hotlines[0].name: anyOf matches no option',
    ]);
  });

  it('is valid draft-07 for ajv, which accepts the demo', () => {
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    expect(ajv.validateSchema(schema), 'schema against the draft-07 meta-schema').to.equal(true);
    const check = ajv.compile(schema);
    expect(check(demoJson), JSON.stringify(check.errors)).to.equal(true);
    expect(check({ ...demoJson, centres: [{ id: 'x', name: 'X', kind: 'office', country: 'SN' }] })).to.equal(false);
    // The publisher's names of languages: by language tag, each a text.
    expect(check({ ...demoJson, languageNames: { qaa: { en: 'Casamance Creole' }, snk: 'Soninke' } })).to.equal(true);
    expect(check({ ...demoJson, languageNames: { 'not a tag': 'x' } })).to.equal(false);
    expect(check({ ...demoJson, languageNames: { qaa: 3 } })).to.equal(false);
  });
});
