import { type Validity, validities } from '@/api/common-schema';
import { m } from '@/i18n';
import { headerKey } from './columns';

/** Each validity as lists show it, in English and German, whatever the language on view. */
function validityLabels(validity: Validity): string[] {
  const label = {
    valid: m.validity_valid,
    invalid: m.validity_invalid,
    'invalid-temporarily': m.validity_invalid_temporarily,
  }[validity];
  return [validity, label({}, { locale: 'en' }), label({}, { locale: 'de' })];
}

let byLabel: Map<string, Validity> | undefined;

/**
 * A Validity cell as the API takes it: an API value (`invalid-temporarily`) or its English or German label
 * (`ungültig-temporär`), any letter case, is that value; an empty cell is `valid`; anything else is sent as
 * it is, and the server's rule answers it with the form's message.
 */
export function importValidity(cell: string): string {
  if (cell.trim() === '') return 'valid';
  byLabel ??= new Map(
    validities.flatMap((validity) => validityLabels(validity).map((label) => [headerKey(label), validity])),
  );
  return byLabel.get(headerKey(cell)) ?? cell;
}
