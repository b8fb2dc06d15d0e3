import { z } from '@hono/zod-openapi';
import { ROLES } from '../../../core/accounts/roles.ts';

/** Wire schemas of sign-in and the session. */
export const LoginRequestSchema = z.object({
  email: z.string().trim().email('enter an email address').max(320),
  password: z.string().min(1, 'enter your password').max(200),
});

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    agency: z.string().nullable(),
    companyIds: z.array(z.string()),
  })
  .openapi('User');

export const SessionSchema = z.object({ user: UserSchema, csrfToken: z.string() });
/** The session probe: who is signed in, or nobody (null, null); never an error status for "not signed in". */
export const SessionProbeSchema = z.object({ user: UserSchema.nullable(), csrfToken: z.string().nullable() });
export const LogoutResponseSchema = z.object({ ok: z.boolean() });

export type User = z.infer<typeof UserSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type SessionProbe = z.infer<typeof SessionProbeSchema>;
export type LoginRequest = z.input<typeof LoginRequestSchema>;
