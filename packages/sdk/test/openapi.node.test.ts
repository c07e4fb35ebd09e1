// The REST API contract (docs/api/openapi.yaml) read as data: a well-formed OpenAPI 3.1 document,
// and the parameters the SDK sends are exactly the ones it lists. Node only (it reads the file).
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parse } from 'yaml';
import { createClient } from '../src/loading/client.js';
import { centresQueryString } from '../src/loading/sources/rest-api.js';

type Node = Record<string, unknown>;

const contract = parse(readFileSync(new URL('../../../docs/api/openapi.yaml', import.meta.url), 'utf8')) as Node;

const PARAMETER_KEYS = new Set([
  'name',
  'in',
  'description',
  'required',
  'deprecated',
  'allowEmptyValue',
  'style',
  'explode',
  'allowReserved',
  'schema',
  'example',
  'examples',
  'content',
]);
const SCHEMA_KEYS = new Set([
  '$ref',
  'type',
  'description',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'oneOf',
  'allOf',
  'anyOf',
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'minItems',
  'minProperties',
  'default',
  'examples',
]);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object in the document, with its place (`paths./centres.get`). */
function* objects(value: unknown, at = '$'): Generator<[string, Node]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* objects(item, `${at}[${i}]`);
  } else if (isNode(value)) {
    yield [at, value];
    for (const [key, child] of Object.entries(value)) yield* objects(child, `${at}.${key}`);
  }
}

/** Follows a local `$ref` such as `#/components/schemas/Centre`; undefined when it leads nowhere. */
function resolve(ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = contract;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isNode(node) ? node[key] : undefined;
  }
  return node;
}

const operations = (): [string, string, Node][] =>
  Object.entries(contract.paths as Node).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = (item as Node)[method];
      return isNode(operation) ? [[path, method, operation] as [string, string, Node]] : [];
    }),
  );

const parameters = (operation: Node): Node[] => (operation.parameters as Node[] | undefined) ?? [];

/** Every schema in the document: the components' and those of parameters and answers, with the schemas inside them. */
function* schemas(): Generator<[string, Node]> {
  function* within(schema: unknown, at: string): Generator<[string, Node]> {
    if (!isNode(schema)) return;
    yield [at, schema];
    for (const [name, property] of Object.entries((schema.properties as Node | undefined) ?? {})) {
      yield* within(property, `${at}.properties.${name}`);
    }
    yield* within(schema.items, `${at}.items`);
    yield* within(schema.additionalProperties, `${at}.additionalProperties`);
    for (const key of ['oneOf', 'allOf', 'anyOf']) {
      for (const [i, member] of ((schema[key] as unknown[] | undefined) ?? []).entries()) {
        yield* within(member, `${at}.${key}[${i}]`);
      }
    }
  }
  const components = contract.components as Node;
  for (const [name, schema] of Object.entries(components.schemas as Node)) yield* within(schema, name);
  for (const [at, node] of objects(contract)) {
    if (at.includes('.components.schemas.')) continue;
    if (isNode(node.schema)) yield* within(node.schema, `${at}.schema`);
  }
}

describe('the REST API contract', () => {
  it('is OpenAPI 3.1 with a title, a version and paths', () => {
    expect(contract.openapi).to.match(/^3\.1\.\d+$/);
    expect((contract.info as Node).title).to.be.a('string');
    expect((contract.info as Node).version).to.be.a('string');
    expect(operations().map(([path]) => path)).to.have.members([
      '/meta',
      '/centres',
      '/centres/{id}',
      '/hotlines',
      '/quizzes',
      '/quizzes/{id}',
    ]);
  });

  it('holds no empty value (a sign of text split at a comma)', () => {
    for (const [at, node] of objects(contract)) {
      for (const [key, value] of Object.entries(node)) {
        expect(value, `${at}.${key}`).not.to.equal(null);
      }
    }
  });

  it('gives every operation a unique operationId and an answer', () => {
    const ids = operations().map(([path, method, operation]) => {
      expect(operation.operationId, `${method} ${path}`).to.be.a('string');
      expect(Object.keys(operation.responses as Node), `${method} ${path}`).to.include('200');
      return operation.operationId;
    });
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('writes every parameter with only the keys a parameter object has', () => {
    for (const [path, method, operation] of operations()) {
      for (const parameter of parameters(operation)) {
        const at = `${method} ${path} ${String(parameter.name)}`;
        for (const key of Object.keys(parameter)) expect(PARAMETER_KEYS.has(key), `${at}: ${key}`).to.equal(true);
        expect(parameter.name, at).to.be.a('string');
        expect(['query', 'path', 'header', 'cookie'], at).to.include(parameter.in);
        if (parameter.description !== undefined) expect(parameter.description, at).to.be.a('string');
        if (parameter.in === 'path') {
          expect(parameter.required, at).to.equal(true);
          expect(path, at).to.contain(`{${String(parameter.name)}}`);
        }
      }
    }
  });

  it('writes every schema with JSON Schema keywords only', () => {
    let count = 0;
    for (const [at, schema] of schemas()) {
      count++;
      for (const key of Object.keys(schema)) expect(SCHEMA_KEYS.has(key), `${at}: ${key}`).to.equal(true);
      if (schema.description !== undefined) expect(schema.description, at).to.be.a('string');
    }
    expect(count).to.be.greaterThan(50);
  });

  it('resolves every $ref', () => {
    const refs = [...objects(contract)].flatMap(([at, node]) =>
      typeof node.$ref === 'string' ? [[at, node.$ref]] : [],
    );
    expect(refs.length).to.be.greaterThan(10);
    for (const [at, ref] of refs) expect(isNode(resolve(ref!)), `${at}: ${ref}`).to.equal(true);
  });

  it('lists exactly the parameters the SDK sends to GET /centres', () => {
    const listed = parameters(operations().find(([path]) => path === '/centres')![2]).map((p) => p.name);
    const sent = new URLSearchParams(
      centresQueryString(
        {
          text: 'dakar',
          near: { lat: 14.69, lng: -17.45 },
          radiusKm: 10,
          services: ['reintegration'],
          audiences: ['returnees'],
          languages: ['fr'],
          country: 'sn',
          region: 'Thiès',
          kinds: ['centre'],
          openAt: new Date('2026-11-24T11:00:00Z'),
          knownOpenOnly: true,
          sort: 'distance',
          locale: 'fr',
        },
        { page: 2, perPage: 20 },
      ),
    );
    expect([...sent.keys()]).to.have.members(listed);
    expect(sent.size).to.equal(listed.length);
  });

  it('lists exactly the parameters the SDK sends to GET /hotlines', async () => {
    const asked: URL[] = [];
    const fetch = (async (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      asked.push(url);
      const body = url.pathname.endsWith('/meta')
        ? { format: 'mrc-kit/api@1', publisher: { name: 'Test' }, defaultLocale: 'en' }
        : { items: [] };
      return Response.json(body);
    }) as typeof globalThis.fetch;
    const client = createClient({ api: 'https://example.org/v1', fetch, retries: 0 });
    await client.hotlines.list({ ids: ['a', 'b'], country: 'sn', topic: 'trafficking' });
    const listed = parameters(operations().find(([path]) => path === '/hotlines')![2]).map((p) => p.name);
    expect([...asked.at(-1)!.searchParams.keys()]).to.have.members(listed);
  });
});
