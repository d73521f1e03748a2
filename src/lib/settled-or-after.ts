/**
 * Resolves when `promise` settles or `ms` have passed, whichever comes first; never rejects.
 * For changing the screen over once its data is there, without waiting long on a slow answer.
 */
export function settledOrAfter(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        resolve();
      },
    );
  });
}
