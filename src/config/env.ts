import * as z from 'zod/mini';

const envSchema = z.object({
  /** Where the HTTP API lives; a real backend replaces the mock by setting this. */
  VITE_API_BASE_URL: z._default(z.string(), '/api'),
  /** The mock API (MSW) is on in development unless turned off, and off in builds unless turned on. */
  VITE_API_MOCKING: z.optional(z.enum(['on', 'off'])),
});

const parsed = envSchema.parse(import.meta.env);

export const env = {
  apiBaseUrl: parsed.VITE_API_BASE_URL.replace(/\/$/, ''),
  apiMocking: (parsed.VITE_API_MOCKING ?? (import.meta.env.DEV ? 'on' : 'off')) === 'on',
};
