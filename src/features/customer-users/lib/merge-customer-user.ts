import type { CustomerUser } from '@/api/customer-user-schema';
import type { CustomerUserFormOutput, CustomerUserFormValues } from '@/api/customer-user-write-schema';
import { customerUserLabels } from '@/api/labels';

/** The fields two admins can both change; the password is write-only and never compared. */
export type MergedField = Exclude<keyof CustomerUserFormValues, 'password'>;

export const mergedFields = Object.keys(customerUserLabels).filter(
  (field): field is MergedField => field !== 'password',
);

/** A field both admins changed, each to something else. */
export interface FieldConflict {
  field: MergedField;
  mine: string;
  theirs: string;
}

type Input = Partial<Record<MergedField, string | undefined>>;
/** A saved record's fields, as the form was loaded with them (`base`) or as they are now (`current`). */
type Saved = Record<MergedField, string>;

const typed = (input: Input, field: MergedField) => (input[field] ?? '').trim();

/** The fields this admin changed since the form was loaded from `base` (input compared trimmed, as it is saved). */
export function changedFields(base: Saved, mine: Input): MergedField[] {
  return mergedFields.filter((field) => typed(mine, field) !== base[field]);
}

/**
 * The real conflicts of a three-way merge: fields this admin changed from `base` and the other admin
 * changed too (`current`), to different values. Every other change of either admin can be kept.
 */
export function conflictingFields(base: Saved, mine: Input, current: Saved): FieldConflict[] {
  return changedFields(base, mine)
    .filter((field) => current[field] !== base[field] && current[field] !== typed(mine, field))
    .map((field) => ({ field, mine: typed(mine, field), theirs: current[field] }));
}

/**
 * What "Save my input over theirs" writes: the record as it is now, with only the fields this admin
 * changed from `base` put on top (theirs lose only where both changed the same field), at the current version.
 */
export function mergeOntoCurrent(
  base: Saved,
  mine: CustomerUserFormOutput,
  current: CustomerUser,
): CustomerUserFormOutput & { version: number } {
  const merged: CustomerUserFormOutput = { ...mine };
  const changed = new Set(changedFields(base, mine));
  for (const field of mergedFields) {
    if (!changed.has(field)) Object.assign(merged, { [field]: current[field] });
  }
  return { ...merged, version: current.version };
}
