import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fastFormats } from 'ajv-formats/dist/formats.js';

// Checks an answer of the API against the OpenAPI 3.1 document of the contract (docs/openapi.json, made
// from the zod schemas by `npm run contract`): its status must be documented for the operation, its body
// must match the schema documented for that status (`$ref`s into `components.schemas`), and the headers
// the document marks required must be there. A method the document does not list for a path must be
// answered 405, with an `Allow` header naming the documented methods and a problem body.

/** The document the suite checks against: `API_OPENAPI_FILE`, else the repository's docs/openapi.json. */
export const openApiFile =
  process.env.API_OPENAPI_FILE ?? fileURLToPath(new URL('../docs/openapi.json', import.meta.url));

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
type HttpMethod = (typeof httpMethods)[number];

interface MediaType {
  schema?: unknown;
}
interface ResponseObject {
  description?: string;
  content?: Record<string, MediaType>;
  headers?: Record<string, { required?: boolean; schema?: unknown } | { $ref: string }>;
}
interface Operation {
  responses?: Record<string, ResponseObject | { $ref: string }>;
}
type PathItem = Partial<Record<HttpMethod, Operation>>;
export interface OpenApiDocument {
  openapi: string;
  paths?: Record<string, PathItem>;
  components?: { schemas?: Record<string, unknown>; responses?: Record<string, ResponseObject> };
}

/** One answer, as the client saw it. */
export interface CheckedAnswer {
  method: string;
  /** The path below the base URL, with its query string. */
  path: string;
  status: number;
  headers: Headers;
  /** The body as text ('' for none). */
  text: string;
}

/** What the contract says about a request: its documented path, or why there is none. */
interface PathMatch {
  template: string;
  item: PathItem;
}

/** A problem body, for the 405 of a method a path does not document (OpenAPI has no place for it). */
const problemShape = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', minLength: 1 },
    message: { type: 'string' },
    params: { type: 'object' },
  },
};

const documentId = 'https://contract.test/openapi.json';

/** A JSON pointer token: `~` and `/` escaped. */
const pointerToken = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1');

/** A JSON-ish media type: `application/json`, `application/problem+json`, with or without parameters. */
const isJsonMediaType = (type: string) => /^application\/([\w.-]+\+)?json\b/i.test(type.trim());

export class ContractChecker {
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly templates: { template: string; pattern: RegExp; literals: number }[];

  constructor(readonly document: OpenApiDocument) {
    if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.1')) {
      throw new Error(`The contract is not an OpenAPI 3.1 document (openapi: ${String(document.openapi)}).`);
    }
    // OpenAPI 3.1 schemas are JSON Schema 2020-12. Not strict: the document may carry OpenAPI's own
    // keywords (`example`, `discriminator`, `externalDocs`) beside the vocabulary Ajv knows.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    // JSON Schema's `email` is RFC 5321's Mailbox, whose domain may be one label (`root@localhost`, which the
    // contract takes, as Znuny does); ajv-formats' full regex wants a dot in it, its fast one does not.
    this.ajv.addFormat('email', fastFormats.email);
    this.ajv.addSchema(document as object, documentId);
    this.ajv.addSchema(problemShape, 'problem-shape');
    this.templates = Object.keys(document.paths ?? {}).map((template) => {
      const segments = template.split('/');
      const pattern = new RegExp(
        `^${segments
          .map((segment) =>
            segment
              .split(/(\{[^}]+\})/)
              .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
              .join(''),
          )
          .join('/')}/?$`,
      );
      return { template, pattern, literals: segments.filter((segment) => !segment.includes('{')).length };
    });
  }

  /** The checker for the document on disk; a clear error when there is none yet. */
  static fromFile(file = openApiFile): ContractChecker {
    if (!existsSync(file)) {
      throw new Error(
        `No OpenAPI document at ${file}: run \`npm run contract\` to make it from the zod schemas, or point API_OPENAPI_FILE at one.`,
      );
    }
    return new ContractChecker(JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument);
  }

  /** The documented path a request path (below the base URL) falls under; a literal segment beats a `{param}`. */
  private matchPath(path: string): PathMatch | undefined {
    const pathname = path.split('?')[0] ?? path;
    let best: { template: string; literals: number } | undefined;
    for (const candidate of this.templates) {
      if (!candidate.pattern.test(pathname)) continue;
      if (!best || candidate.literals > best.literals) best = candidate;
    }
    const item = best && this.document.paths?.[best.template];
    return best && item ? { template: best.template, item } : undefined;
  }

  /** Whether the document describes this path at all. */
  documents(path: string): boolean {
    return this.matchPath(path) !== undefined;
  }

  /** The methods a path documents a success for (a DELETE documented only as a 405 is not one). */
  private allowedMethods(item: PathItem): string[] {
    return httpMethods
      .filter((method) => Object.keys(item[method]?.responses ?? {}).some((status) => /^[23]/.test(status)))
      .map((method) => method.toUpperCase());
  }

  /**
   * What is wrong with an answer, as sentences (none when it conforms). `mayBeUndocumented` lets a path
   * the document does not describe through unchecked (the mock's own `/demo` API); a documented one is checked.
   */
  check(answer: CheckedAnswer, options: { mayBeUndocumented?: boolean } = {}): string[] {
    const match = this.matchPath(answer.path);
    const where = `${answer.method} ${answer.path} → ${answer.status}`;
    if (!match) {
      return options.mayBeUndocumented ? [] : [`${where}: the OpenAPI document has no path for ${answer.path}.`];
    }
    const method = answer.method.toLowerCase() as HttpMethod;
    const operation = match.item[method];
    const allowed = this.allowedMethods(match.item);
    if (!operation) return this.checkNotAllowed(answer, where, allowed);
    const responses = operation.responses ?? {};
    // `default` stands for the failures no one plans (5xx): a 4xx the operation does not list is undocumented.
    const fallbacks =
      answer.status >= 500 ? [`${String(answer.status)[0]}XX`, 'default'] : [`${String(answer.status)[0]}XX`];
    const statusKey = [String(answer.status), ...fallbacks].find((key) => responses[key] !== undefined);
    if (!statusKey) {
      return [
        `${where}: status ${answer.status} is not documented for ${answer.method.toUpperCase()} ${match.template} (documented: ${Object.keys(responses).join(', ')}).`,
      ];
    }
    const pointer = ['paths', match.template, method, 'responses', statusKey];
    const response = this.resolve(responses[statusKey], pointer);
    return [
      ...this.checkHeaders(answer, where, response.value),
      ...this.checkBody(answer, where, response.value, response.pointer),
      ...(answer.status === 405 ? this.checkAllow(answer, where, allowed) : []),
    ];
  }

  /** A response object, following a `$ref` into `components.responses`; with the pointer to where it is. */
  private resolve(response: ResponseObject | { $ref: string } | undefined, pointer: string[]) {
    if (response && '$ref' in response) {
      const tokens = refTokens(response.$ref);
      return { value: this.at<ResponseObject>(tokens) ?? {}, pointer: tokens };
    }
    return { value: response ?? {}, pointer };
  }

  private at<Value>(tokens: string[]): Value | undefined {
    return tokens.reduce<unknown>(
      (node, token) => (node as Record<string, unknown> | undefined)?.[token],
      this.document,
    ) as Value | undefined;
  }

  private checkHeaders(answer: CheckedAnswer, where: string, response: ResponseObject): string[] {
    return Object.entries(response.headers ?? {})
      .map(
        ([name, header]) =>
          [name, '$ref' in header ? this.at<{ required?: boolean }>(refTokens(header.$ref)) : header] as const,
      )
      .filter(([name, header]) => header?.required === true && !answer.headers.has(name))
      .map(([name]) => `${where}: the required header ${name} is missing.`);
  }

  private checkBody(answer: CheckedAnswer, where: string, response: ResponseObject, pointer: string[]): string[] {
    const content = response.content ?? {};
    const types = Object.keys(content);
    if (types.length === 0) {
      return answer.text === ''
        ? []
        : [`${where}: the document gives this answer no body, but it has one: ${excerpt(answer.text)}`];
    }
    const mediaType = types.find(isJsonMediaType);
    if (!mediaType) return []; // Not JSON (a file download): nothing the suite parses.
    const contentType = answer.headers.get('Content-Type') ?? '';
    const problems: string[] = [];
    if (!isJsonMediaType(contentType)) problems.push(`${where}: Content-Type is "${contentType}", not JSON.`);
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      return [...problems, `${where}: the body is not JSON: ${excerpt(answer.text)}`];
    }
    if (content[mediaType]?.schema === undefined) return problems;
    const validate = this.validator([...pointer, 'content', mediaType, 'schema']);
    if (!validate(body))
      problems.push(`${where}: the body does not match the documented schema:\n${explain(validate.errors, body)}`);
    return problems;
  }

  /** A method the path does not document: 405, `Allow` naming the documented methods, a problem body. */
  private checkNotAllowed(answer: CheckedAnswer, where: string, allowed: string[]): string[] {
    if (answer.status !== 405) {
      return [
        `${where}: the document has no ${answer.method.toUpperCase()} here (only ${allowed.join(', ')}), so the answer must be 405.`,
      ];
    }
    const problems = this.checkAllow(answer, where, allowed);
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      return [...problems, `${where}: a 405 must carry a problem body; it is not JSON: ${excerpt(answer.text)}`];
    }
    const validate = this.ajv.getSchema('problem-shape');
    if (validate && !validate(body))
      problems.push(`${where}: a 405's body is not a problem:\n${explain(validate.errors, body)}`);
    return problems;
  }

  private checkAllow(answer: CheckedAnswer, where: string, allowed: string[]): string[] {
    const header = answer.headers.get('Allow');
    if (header === null)
      return [`${where}: a 405 must say in Allow which methods the path has (${allowed.join(', ')}).`];
    const said = header
      .split(',')
      .map((method) => method.trim().toUpperCase())
      .filter((method) => method !== '' && method !== 'HEAD' && method !== 'OPTIONS');
    const same = said.length === allowed.length && said.every((method) => allowed.includes(method));
    return same ? [] : [`${where}: Allow is "${header}", the document has ${allowed.join(', ')}.`];
  }

  private validator(pointer: string[]): ValidateFunction {
    const ref = `${documentId}#/${pointer.map(pointerToken).map(encodeURIComponent).join('/')}`;
    let validate = this.validators.get(ref);
    if (!validate) {
      validate = this.ajv.compile({ $ref: ref });
      this.validators.set(ref, validate);
    }
    return validate;
  }
}

/** A local `$ref` (`#/components/…`) as unescaped JSON pointer tokens. */
function refTokens(ref: string): string[] {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((token) => decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~'));
}

function excerpt(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text || '(empty)';
}

/** Ajv's errors, each with the value it is about, and an excerpt of the body. */
function explain(errors: ErrorObject[] | null | undefined, body: unknown): string {
  const lines = (errors ?? []).slice(0, 8).map((error) => {
    const at = error.instancePath || '(the body)';
    const params = error.keyword === 'additionalProperties' ? ` (${JSON.stringify(error.params)})` : '';
    return `  ${at}: ${error.message ?? error.keyword}${params} [${error.schemaPath}]`;
  });
  return [...lines, `  body: ${excerpt(JSON.stringify(body), 500)}`].join('\n');
}
