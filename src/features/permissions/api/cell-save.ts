import type * as z from 'zod/mini';
import { isApiError } from '@/api/api-error';
import { cellConflictSchema } from '@/api/permission-schema';

/** A save refused because someone changed the same cells since: those cells as they are now, and the rows now. */
export class CellConflict<Cell, Current> extends Error {
  constructor(
    message: string,
    readonly changed: Cell[],
    readonly current: Current,
  ) {
    super(message);
    this.name = 'CellConflict';
  }
}

/**
 * Sends a save of cells; a 409 with the contract's conflict body becomes a `CellConflict` whose
 * `current` is made by `toCurrent` (e.g. the rows by the id the matrix knows them by).
 */
export async function sendCells<Cell extends z.ZodMiniType, Body extends z.ZodMiniType, Current>(
  send: () => Promise<unknown>,
  schemas: { cell: Cell; current: Body },
  toCurrent: (body: z.output<Body>) => Current,
): Promise<void> {
  try {
    await send();
  } catch (error) {
    if (isApiError(error, 'conflict')) {
      const parsed = cellConflictSchema(schemas.cell, schemas.current).safeParse(error.body);
      if (parsed.success) {
        const body = parsed.data as { message: string; changed: z.output<Cell>[]; current: z.output<Body> };
        throw new CellConflict(error.message, body.changed, toCurrent(body.current));
      }
    }
    throw error;
  }
}

/** The rows of a conflict, by the id the matrix knows them by. */
export function byId<Row>(idOf: (row: Row) => string) {
  return ({ items }: { items: readonly Row[] }): ReadonlyMap<string, Row> =>
    new Map(items.map((row) => [idOf(row), row]));
}
