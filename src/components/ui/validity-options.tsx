import { validityLabel } from '@/i18n';

/** A validity the contract knows ("valid", "invalid", "invalid-temporarily"). */
type Validity = Parameters<typeof validityLabel>[0];

/** A select's options, one per validity, named as lists show them, in the order given. */
export function ValidityOptions({ options }: { options: readonly Validity[] }) {
  return options.map((validity) => (
    <option key={validity} value={validity}>
      {validityLabel(validity)}
    </option>
  ));
}
