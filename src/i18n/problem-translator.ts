/**
 * Makes the API's messages (ApiError, the forms' validation) speak the language on view. The catalog of
 * every problem is loaded beside the first screen, not in it: until it has arrived (a few milliseconds,
 * before any form can be filled in) a problem is said in the server's English.
 */
export function startProblemTranslator(): Promise<void> {
  return import('./problems').then(({ installProblemTranslator }) => installProblemTranslator());
}
