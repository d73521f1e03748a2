import { readFileSync } from 'node:fs';
import { createHandlers } from '@mocks/handlers/create-handlers';
import { generateOpenApiJson } from '@mocks/openapi/examples';
import { demoCustomerUsers } from '@mocks/seed/fixtures';
import { DemoStore } from '@mocks/store/demo-store';
import { callApiWithHeaders } from '@mocks/testing/api-calls';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

// docs/openapi.json against the mock API: the routes the handlers serve, a fresh generation, OpenAPI 3.1
// itself, and some of the mock's real answers against the document's schemas.

type Json = Record<string, unknown>;
type Operation = { operationId: string; responses: Record<string, { content?: { 'application/json': Json } }> };

const committedText = readFileSync('docs/openapi.json', 'utf8');
const committed = JSON.parse(committedText) as Json & { paths: Record<string, Record<string, Operation>> };

/** Every operation of a document as `METHOD /path/:param`, the way the handlers name their routes. */
function documentRoutes(document: typeof committed): string[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
  );
}

/** Every route a handler serves, without the per-path 405s (`http.all`, whose method is not one name). */
function handlerRoutes(baseUrl = '/base'): string[] {
  return createHandlers(new DemoStore(), baseUrl).flatMap(({ info }) => {
    const { method, path } = info as { method: unknown; path: unknown };
    if (typeof method !== 'string' || typeof path !== 'string') return [];
    return [`${method} ${path.slice(baseUrl.length)}`];
  });
}

/** Validates values against the document's schemas (JSON Schema 2020-12, OpenAPI 3.1's dialect). */
function schemaValidator(document: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'https://contract.example/openapi.json', components: document.components });
  let checks = 0;
  return (schema: Json, value: unknown) => {
    checks += 1;
    const validate = ajv.compile({ $id: `https://contract.example/check/${checks}`, ...resolveLocal(schema) });
    return validate(value) ? [] : (validate.errors ?? []);
  };
}

/** A `#/components/…` reference outside the components, pointed at the document added to Ajv. */
function resolveLocal(schema: Json): Json {
  return JSON.parse(
    JSON.stringify(schema).replaceAll('"#/components/', '"https://contract.example/openapi.json#/components/'),
  );
}

/** Every `$ref` in a value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner),
  );
}

function resolvePointer(document: Json, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], document);
}

function operationOf(method: string, path: string): Operation {
  const operation = committed.paths[path]?.[method];
  if (!operation) throw new Error(`docs/openapi.json has no ${method} ${path}.`);
  return operation;
}

describe('docs/openapi.json', () => {
  it('names every route a handler serves, and no route no handler serves', () => {
    const served = handlerRoutes();
    const documented = documentRoutes(committed);
    expect(served.length).toBeGreaterThan(10);
    expect(
      served.filter((route) => !documented.includes(route)),
      'routes the mock serves that the document lacks',
    ).toEqual([]);
    expect(
      documented.filter((route) => !served.includes(route)),
      'operations in the document that no handler serves',
    ).toEqual([]);
  });

  it('is what `npm run contract` makes now', async () => {
    const fresh = JSON.parse(await generateOpenApiJson());
    expect(committed, 'docs/openapi.json is out of date: run npm run contract').toEqual(fresh);
  });

  it('is a valid OpenAPI 3.1 document whose references all resolve', async () => {
    const result = await new Validator().validate(structuredClone(committed));
    expect(result.errors ?? [], 'OpenAPI 3.1 schema errors').toEqual([]);
    expect(result.valid).toBe(true);
    expect(committed.openapi).toMatch(/^3\.1\.\d+$/);

    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const schemas = (committed.components as { schemas: Record<string, Json> }).schemas;
    const invalidSchemas = Object.entries(schemas).filter(([, schema]) => !ajv.validateSchema(schema));
    expect(invalidSchemas, 'component schemas that are not JSON Schema 2020-12').toEqual([]);

    const unresolved = refsIn(committed).filter((ref) => resolvePointer(committed, ref) === undefined);
    expect(unresolved, 'references to nothing').toEqual([]);

    const operations = Object.values(committed.paths).flatMap((item) => Object.values(item));
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size, 'operationIds are unique').toBe(ids.length);
    for (const operation of operations) {
      expect(Object.keys(operation.responses), operation.operationId).not.toHaveLength(0);
    }
  });

  it("every example matches its schema, and the demo's paths are marked mock-only", () => {
    const check = schemaValidator(committed);
    const mismatches = Object.entries(committed.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, operation]) => {
        const bodies = Object.entries(operation.responses).map(([status, answer]) => [status, answer.content] as const);
        const request = (operation as { requestBody?: { content: unknown } }).requestBody?.content;
        return [...bodies, ['request', request] as const].flatMap(([where, content]) => {
          const media = (content as Record<string, Json> | undefined)?.['application/json'];
          const examples = Object.entries((media?.examples ?? {}) as Record<string, { value: unknown }>);
          return examples.flatMap(([name, { value }]) =>
            check(media?.schema as Json, value).map((error) => `${method} ${path} ${where} ${name}: ${error.message}`),
          );
        });
      }),
    );
    expect(mismatches).toEqual([]);
    for (const [path, item] of Object.entries(committed.paths)) {
      for (const operation of Object.values(item) as Json[]) {
        if (path.startsWith('/demo/')) expect(operation['x-mock-only'], path).toBe(true);
      }
    }
  });

  it('a few of the mock’s answers match the schemas the document gives them', async () => {
    const check = schemaValidator(committed);
    const { jdoe } = demoCustomerUsers;
    const answers = [
      ['get', '/customer-users', await callApiWithHeaders('GET', '/customer-users?limit=3&sort=-email')],
      ['get', '/customer-users/{customerUserId}', await callApiWithHeaders('GET', `/customer-users/${jdoe.id}`)],
      [
        'get',
        '/customer-users/{customerUserId}/effective-permissions',
        await callApiWithHeaders('GET', `/customer-users/${jdoe.id}/effective-permissions`),
      ],
      [
        'get',
        '/customers/{customerId}/groups',
        await callApiWithHeaders('GET', `/customers/${jdoe.customerId}/groups`),
      ],
      ['post', '/customer-users', await callApiWithHeaders('POST', '/customer-users', { login: jdoe.login })],
      ['delete', '/customers/{customerId}', await callApiWithHeaders('DELETE', `/customers/${jdoe.customerId}`)],
    ] as const;
    for (const [method, path, { status, headers, body }] of answers) {
      const media = operationOf(method, path).responses[String(status)]?.content?.['application/json'];
      expect(media, `${method} ${path} documents its ${status}`).toBeDefined();
      expect(check(media?.schema as Json, body), `${method} ${path} ${status}`).toEqual([]);
      if (status === 405) expect(headers.get('Allow')).toBe('GET, PUT');
    }
  });

  it('is served at /api/openapi.json as it is committed', async () => {
    const { status, headers, body } = await callApiWithHeaders('GET', '/openapi.json');
    expect(status).toBe(200);
    expect(headers.get('Content-Type')).toContain('application/json');
    expect(body).toEqual(committed);
  });
});
