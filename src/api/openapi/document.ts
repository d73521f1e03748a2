import { components } from './components';
import { componentSchemas, inlineSchema, type JsonSchema, schemaRef } from './json-schema';
import { type Answer, type Operation, operations } from './operations';

// The HTTP contract as an OpenAPI 3.1 document, made from the operations table and the contract's zod
// schemas. `npm run contract` writes it to docs/openapi.json; the mock API serves that file.

/** One call of an operation, and what the mock answered it: an example in the document. */
export interface ExampleCall {
  operationId: string;
  /** The example's key, unique per operation. */
  name: string;
  summary: string;
  /** The body sent, if any. */
  request?: unknown;
  status: number;
  /** The body answered; none when it has none or is not the same on every call (a time, a password). */
  response?: unknown;
}

export type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, OperationObject>> };
type OperationObject = Record<string, unknown> & { responses: Record<string, ResponseObject> };
type ResponseObject = Record<string, unknown> & { content?: { 'application/json': MediaType } };
type MediaType = { schema: JsonSchema; examples?: Record<string, { summary: string; value: unknown }> };

/** `/customer-users/:customerUserId` as OpenAPI writes it: `/customer-users/{customerUserId}`. */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

const pathParams: Record<string, string> = {
  customerUserId: "A customer user's `id` (not the username, which can change).",
  customerId: "A customer's Customer ID.",
  groupId: "A group's `id`.",
};

const mediaType = (schema: JsonSchema): MediaType => ({ schema });

const problemCodes = (answer: Answer) =>
  answer.codes?.length ? ` Codes: ${answer.codes.map((code) => `\`${code}\``).join(', ')}.` : '';

function response(answer: Answer): ResponseObject {
  return {
    description: `${answer.description}${problemCodes(answer)}`,
    ...(answer.headers && {
      headers: Object.fromEntries(answer.headers.map((name) => [name, { $ref: `#/components/headers/${name}` }])),
    }),
    ...(answer.schema && { content: { 'application/json': mediaType(schemaRef(answer.schema)) } }),
  };
}

function parameters(operation: Operation): unknown[] {
  const inPath = [...operation.path.matchAll(/:(\w+)/g)].map(([, name = '']) => ({
    name,
    in: 'path',
    required: true,
    description: pathParams[name],
    schema: { type: 'string', minLength: 1 },
  }));
  const query = operation.query ? inlineSchema(operation.query, 'input') : undefined;
  const required = new Set((query?.required as string[] | undefined) ?? []);
  const inQuery = Object.entries((query?.properties ?? {}) as Record<string, JsonSchema>).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema,
  }));
  const writes = operation.method === 'post' || operation.method === 'put';
  return [...inPath, ...inQuery, ...(writes ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : [])];
}

function operationObject(operation: Operation): OperationObject {
  const params = parameters(operation);
  const answers = Object.entries(operation.responses).map(([status, answer]) => [status, response(answer)]);
  return {
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description && { description: operation.description }),
    operationId: operation.operationId,
    ...(params.length > 0 && { parameters: params }),
    ...(operation.body && {
      requestBody: {
        required: !operation.body.optional,
        content: { 'application/json': mediaType(schemaRef(operation.body.schema)) },
      },
    }),
    responses: {
      ...Object.fromEntries(answers),
      default: {
        description:
          'Any other failure (a 5xx): a problem. The mock answers 500 for its fault switches (`demo.fault_*`) and ' +
          "507 when the browser's storage refused a write (`demo.storage_*`).",
        content: { 'application/json': mediaType(schemaRef('Error')) },
      },
    },
    ...(operation.mockOnly && { 'x-mock-only': true }),
  };
}

function addExample(media: MediaType | undefined, where: string, call: ExampleCall, value: unknown): void {
  if (!media) throw new Error(`${where} has no JSON body for the example "${call.name}".`);
  media.examples ??= {};
  if (call.name in media.examples) throw new Error(`${where} has two examples named "${call.name}".`);
  media.examples[call.name] = { summary: call.summary, value };
}

function addExamples(paths: OpenApiDocument['paths'], examples: readonly ExampleCall[]): void {
  const byId = new Map(
    Object.values(paths).flatMap((item) => Object.values(item).map((op) => [op.operationId as string, op] as const)),
  );
  for (const call of examples) {
    const operation = byId.get(call.operationId);
    if (!operation) throw new Error(`No operation ${call.operationId} for the example "${call.name}".`);
    const where = `${call.operationId}`;
    if (call.request !== undefined) {
      const body = operation.requestBody as { content: { 'application/json': MediaType } } | undefined;
      addExample(body?.content['application/json'], `${where}'s request`, call, call.request);
    }
    const answer = operation.responses[String(call.status)];
    if (!answer) throw new Error(`${where} does not document the status ${call.status} its example got.`);
    if (call.response !== undefined) {
      addExample(answer.content?.['application/json'], `${where}'s ${call.status}`, call, call.response);
    }
  }
}

const rules = `The HTTP API of Customer User Administration: the admin console where helpdesk administrators
manage the customer users of a service desk (the people at customer companies who open tickets), their
customers (companies), and their permissions on groups. Made from the contract's zod schemas in \`src/api/\`;
\`npm run contract\` writes it.

**Bodies** are JSON. **Errors** are problems: \`{ code, params, message }\`, a stable dotted code a client
translates (the codes are in \`src/api/problem-english.ts\`), its params, and an English message for a client
that does not know the code. A 400 adds a problem per field in \`errors\`; a 409 adds \`current\`.

**Methods**: a path answers a method it does not list with 405 and \`Allow\` (its methods). Nothing is
deleted: customer users and customers are made invalid; their DELETE answers 405 with the reason.

**Writes** (POST, PUT) may carry an \`Idempotency-Key\`: a write repeated with a key the server has seen (for
at least 10 minutes) is answered with the first answer and not written again, so a retry after a lost
answer never saves twice. Each write is checked and written atomically.

**Versions**: every customer user and customer has a \`version\`, 1 when added and one more per change. An
update sends the version it read: a stale one is a 409 whose \`current\` is the record now, and nothing is
written. Permission saves send cells (what the admin changed); a cell changed since is a 409 with
\`changed\` and \`current\`.

**Uniqueness and letter case**: usernames and emails are unique among customer users, Customer IDs and
customer names among customers; two values are the same when they are equal in any letter case, in NFC,
without format characters (\`JDOE\` and \`jdoe\` + U+200B are \`jdoe\`). Text is normalised to NFC and trimmed
before it is checked and stored. Searches are contains-matches in any letter case and without accents.

**The list cap**: a page holds at most 1000 rows (\`limit\`); \`total\` counts every match, and \`offset\`
reaches the rest. The \`listLimit\` setting is how many the console's lists show before they say "only the
first N".

**Permissions**: only administrators see and change memberships, and only while customer group support is
on. A customer user holds a permission type (ro, rw; rw always with ro) on a valid group directly, through a
customer (their primary one or an extra one) in the Same Customer context, or because the group is a default
group; with customer group support off, every type on every valid group. See EffectivePermissions.

**Mock only**: operations marked \`x-mock-only\` (\`/demo/*\`, this document) are served by the mock API
only; a real backend has none of them.`;

/** The document: every operation, its schemas, and the examples given (the mock's answers to calls on its seed). */
export function openApiDocument(examples: readonly ExampleCall[] = []): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const operation of operations) {
    const path = openApiPath(operation.path);
    const item = paths[path] ?? {};
    paths[path] = item;
    if (item[operation.method]) throw new Error(`${operation.method} ${operation.path} is in the table twice.`);
    item[operation.method] = operationObject(operation);
  }
  addExamples(paths, examples);
  const schemas = componentSchemas(components);
  schemas.OpenApiDocument = {
    type: 'object',
    description: 'An OpenAPI 3.1 document: this one.',
    properties: { openapi: { type: 'string', pattern: '^3\\.1\\.\\d+$' } },
    required: ['openapi', 'info', 'paths'],
  };
  return {
    openapi: '3.1.1',
    info: { title: 'Customer User Administration API', version: '1.0.0', description: rules },
    servers: [{ url: '/api', description: 'The console’s default base URL (`VITE_API_BASE_URL`).' }],
    tags: [
      { name: 'Customer users', description: 'The people at customer companies who open tickets.' },
      { name: 'Customers', description: 'The customer companies.' },
      { name: 'Permissions', description: 'Groups, memberships in every direction, and what they resolve to.' },
      { name: 'Session and settings', description: 'Who uses the console, and the settings it adapts to.' },
      { name: 'Contract', description: 'This document.' },
      { name: 'Demo', description: 'The mock API’s own controls; a real backend has none of them.' },
    ],
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))),
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'A key per input: a write repeated with a key the server has seen (for at least 10 minutes) is ' +
            'answered with the first answer, not written again. The console sends a new key for new input and ' +
            'the same key when it retries.',
          schema: { type: 'string', minLength: 1 },
        },
      },
      headers: {
        Allow: {
          description: 'The methods the path supports, comma-separated (never DELETE).',
          schema: { type: 'string' },
          required: true,
        },
        'Server-Timing': {
          description: 'Optional: `store;dur=<ms>`, how long the store took to find the page.',
          schema: { type: 'string' },
        },
      },
    },
  };
}

/** The document as docs/openapi.json holds it (before Biome formats it): two-space JSON and a newline. */
export function openApiJson(examples: readonly ExampleCall[] = []): string {
  return `${JSON.stringify(openApiDocument(examples), null, 2)}\n`;
}
