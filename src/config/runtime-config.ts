import * as z from 'zod/mini';
import { env } from './env';

/**
 * What `config.json` beside index.html may say, read at every start, so one build serves every
 * environment. Unknown keys make it invalid: a misspelt key is said, not ignored.
 */
const runtimeConfigSchema = z.strictObject({
  /** The API's base URL: absolute (`https://api.example.com/v1`), from the host (`/api`) or from the app (`api`). */
  apiBaseUrl: z.optional(z.string().check(z.minLength(1))),
});

/**
 * The path the app is served under, without a trailing slash (`''` at the host's root, `/admin/customer-users`
 * under a sub-path): the router's basename. It comes from the document's base URL, which index.html's
 * `<base href>` sets (see README, Deploying), so one build serves any sub-path; every relative URL of the
 * app (its files, `config.json`, the mock API's worker) resolves against it, whatever screen was loaded.
 */
export function appBasePath(): string {
  return new URL(document.baseURI).pathname.replace(/\/$/, '');
}

/** `url` resolved against the app's base URL, without a trailing slash. */
function fromApp(url: string): string {
  return new URL(url, document.baseURI).href.replace(/\/$/, '');
}

/**
 * Reads `config.json` and makes its API base URL, resolved against the app, the one the API client and the
 * mock API use (`env.apiBaseUrl`). A missing or invalid file leaves the build-time default, and says so in
 * the console. Runs once, before the app renders or the mock API starts.
 */
export async function loadRuntimeConfig(): Promise<void> {
  let apiBaseUrl: string | undefined;
  try {
    // Revalidated on every start: a deployment changes it without touching the build.
    const response = await fetch(fromApp('config.json'), { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const config = runtimeConfigSchema.parse(await response.json());
    apiBaseUrl = fromApp(config.apiBaseUrl ?? env.apiBaseUrl);
  } catch (error) {
    console.warn(`config.json is not used (${error}); the API stays at ${env.apiBaseUrl}, the build's default.`);
  }
  env.apiBaseUrl = apiBaseUrl ?? fromApp(env.apiBaseUrl);
}
