import * as z from 'zod/mini';

/** Who is using the console: only administrators may change group membership and settings. */
export const sessionSchema = z.object({ login: z.string(), name: z.string(), isAdministrator: z.boolean() });
export type Session = z.infer<typeof sessionSchema>;
