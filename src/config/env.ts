import * as z from 'zod/mini';

const envSchema = z.object({
  /**
   * Where the HTTP API lives, the default: `config.json` beside index.html can name another at run time
   * (see runtime-config.ts). A real backend replaces the mock by setting this or that.
   */
  VITE_API_BASE_URL: z._default(z.string(), '/api'),
  /** The mock API (MSW) is on in development unless turned off, and off in builds unless turned on. */
  VITE_API_MOCKING: z.optional(z.enum(['on', 'off'])),
});

const parsed = envSchema.parse(import.meta.env);

export const env = {
  /**
   * The API's base URL, without a trailing slash. The build-time value until the app starts; from then on the
   * one `loadRuntimeConfig()` chose, made absolute, which the API client and the mock API both use.
   */
  apiBaseUrl: parsed.VITE_API_BASE_URL.replace(/\/$/, ''),
  apiMocking: (parsed.VITE_API_MOCKING ?? (import.meta.env.DEV ? 'on' : 'off')) === 'on',
};

/**
 * Whether this build can run the mock API at all, from Vite's build-time constants themselves (`env.apiMocking`
 * is parsed at run time, which a bundler cannot see through): a build with the mock off holds no mock or demo code.
 */
export const mockApiInBuild = import.meta.env.DEV || import.meta.env.VITE_API_MOCKING === 'on';
