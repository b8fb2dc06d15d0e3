import { z } from '@hono/zod-openapi';
import { ROLES } from '../../../core/accounts/roles.ts';
import { USER_STATUSES } from '../../../core/accounts/user-admin.ts';

/** Wire schemas of sign-in and the session. */
export const LoginRequestSchema = z.object({
  email: z.string().trim().email('enter an email address').max(320),
  password: z.string().min(1, 'enter your password').max(200),
  /** the current code of the authenticator app, for accounts with two-factor sign-in (else 401 totp_required) */
  totpCode: z.string().trim().max(10).optional(),
});

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    agency: z.string().nullable(),
    companyIds: z.array(z.string()),
    status: z.enum(USER_STATUSES),
    totpEnabled: z.boolean(),
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
