/** The id scheme of customer users: the n-th one made is `cu-00000n`; the seed and the store both number by it. */
export function customerUserId(sequence: number): string {
  return `cu-${String(sequence).padStart(6, '0')}`;
}
