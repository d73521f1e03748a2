import * as z from 'zod/mini';
import { importRequestSchema } from '../customer-user-import-schema';
import { validityBatchSchema } from '../validity-batch-schema';

// The contract's zod schemas as JSON Schema (draft 2020-12, OpenAPI 3.1's dialect), by zod's own conversion.
// Request bodies and query strings are converted as zod reads them (`io: 'input'`: a field with a default may
// be left out), answers as zod produces them (`io: 'output'`: every defaulted field is there).

export type JsonSchema = Record<string, unknown>;

/** Which side of a parse a component describes: what a client sends, or what a server answers. */
export type Io = 'input' | 'output';

/** A named schema of the document: `#/components/schemas/<id>`. */
export interface ComponentSchema {
  id: string;
  schema: z.core.$ZodType;
  io: Io;
  description: string;
}

export const schemaRef = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/**
 * Arrays the contract takes as `unknown[]` because it checks each row on its own (a bad row is answered in
 * the results, not refused as a 400): documented with the row's schema, which is what a client sends.
 */
const rowsCheckedOneByOne = new Map<z.core.$ZodType, string>([
  [validityBatchSchema.shape.changes, 'ValidityChange'],
  [importRequestSchema.shape.rows, 'ImportRow'],
]);

/**
 * The few places where zod's JSON Schema says less or more than the contract means:
 * - an answer's `z.object` is converted with `additionalProperties: false` (zod's output drops unknown keys),
 *   but the console ignores fields it does not know, so a server may send more: the document allows them;
 * - a request's email field is a pipe (required text, then an address): its input side lacks the address
 *   format, which the output side carries, so the format is copied over;
 * - rows checked one by one (above) get their row's schema.
 */
function override(io: Io) {
  return ({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }) => {
    const def = zodSchema._zod.def;
    if (io === 'output' && def.type === 'object' && (def as z.core.$ZodObjectDef).catchall === undefined) {
      delete jsonSchema.additionalProperties;
    }
    if (io === 'input' && def.type === 'pipe') {
      const { format, pattern } = (def as z.core.$ZodPipeDef).out._zod.def as { format?: string; pattern?: RegExp };
      if (format) jsonSchema.format = format;
      if (pattern) jsonSchema.pattern = pattern.source;
    }
    const row = rowsCheckedOneByOne.get(zodSchema);
    if (row) jsonSchema.items = schemaRef(row);
  };
}

/**
 * Every component as JSON Schema, each one that another names by `$ref`. A schema registered for both sides
 * must come out the same on both; anything zod cannot represent throws, so it is noticed, not guessed.
 */
export function componentSchemas(components: readonly ComponentSchema[]): Record<string, JsonSchema> {
  const result: Record<string, JsonSchema> = {};
  for (const io of ['input', 'output'] as const) {
    const registry = z.registry<{ id: string; description: string }>();
    for (const { id, schema, description } of components.filter((component) => component.io === io)) {
      registry.add(schema, { id, description });
    }
    const { schemas } = z.toJSONSchema(registry, {
      io,
      target: 'draft-2020-12',
      unrepresentable: 'throw',
      uri: (id) => schemaRef(id).$ref,
      override: override(io),
    });
    for (const [id, converted] of Object.entries(schemas)) {
      const { $schema: _dialect, $id: _id, ...schema } = converted as JsonSchema;
      if (id in result && JSON.stringify(result[id]) !== JSON.stringify(schema)) {
        throw new Error(`The schema ${id} differs between requests and answers: give each side its own name.`);
      }
      result[id] = schema;
    }
  }
  return result;
}

/** One schema on its own (a query parameter's), with the same conversion as the components. */
export function inlineSchema(schema: z.core.$ZodType, io: Io): JsonSchema {
  const { $schema: _dialect, ...converted } = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    override: override(io),
  }) as JsonSchema;
  return converted;
}
