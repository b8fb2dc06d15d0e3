import { z } from '@hono/zod-openapi';
import { AGENCIES, ROLES } from '../../../core/accounts/roles.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, USER_STATUSES } from '../../../core/accounts/user-admin.ts';
import { UserSchema } from '../auth/auth.schemas.ts';

/** Wire schemas of user administration, invitations, password reset and two-factor sign-in. */
const roleEnum = z.enum(ROLES, { message: `choose one of: ${ROLES.join(', ')}` });
const agencyField = z.enum(AGENCIES, { message: `choose one of: ${AGENCIES.join(', ')}` }).nullable();
const companyIdsField = z.array(z.string().min(1).max(100)).max(50);
const passwordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `use at most ${PASSWORD_MAX_LENGTH} characters`);
const tokenField = z.string().min(1, 'the link has no token; open the link from the mail').max(200);
const codeField = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'enter the 6 digits from your authenticator app');

export const UsersQuerySchema = z.object({
  search: z.string().max(200).optional(),
  role: roleEnum.optional(),
  status: z.enum(USER_STATUSES).optional(),
});
export const UsersResponseSchema = z.object({ users: z.array(UserSchema), truncated: z.boolean() });

export const InviteUserRequestSchema = z.object({
  email: z.string().trim().email('enter an email address').max(320),
  name: z.string().trim().min(1, 'enter the person’s name').max(200),
  role: roleEnum,
  agency: agencyField.optional(),
  companyIds: companyIdsField.optional(),
});
export const InviteUserResponseSchema = z.object({ user: UserSchema, mailId: z.string() });

export const ChangeUserRequestSchema = z
  .object({
    name: z.string().trim().min(1, 'enter the person’s name').max(200).optional(),
    role: roleEnum.optional(),
    agency: agencyField.optional(),
    companyIds: companyIdsField.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'change at least one of name, role, agency, companyIds' });
export const UserResponseSchema = z.object({ user: UserSchema });
export const DeactivateResponseSchema = z.object({ user: UserSchema, sessionsEnded: z.number().int() });

export const OutboxQuerySchema = z.object({ to: z.string().max(320).optional() });
export const OutboxMailSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    body: z.string(),
    kind: z.enum(['invitation', 'password_reset']),
    createdAt: z.string(),
  })
  .openapi('OutboxMail');
export const OutboxResponseSchema = z.object({ mails: z.array(OutboxMailSchema) });

export const SetPasswordRequestSchema = z.object({ token: tokenField, password: passwordField });
export const SetPasswordResponseSchema = z.object({ email: z.string() });
export const ResetRequestSchema = z.object({ email: z.string().trim().email('enter an email address').max(320) });
export const ResetRequestResponseSchema = z.object({ message: z.string() });

export const TotpEnrolmentSchema = z.object({ secret: z.string(), uri: z.string() });
export const TotpCodeRequestSchema = z.object({ code: codeField });
export const TotpStateSchema = z.object({ totpEnabled: z.boolean() });

export type UsersResponse = z.infer<typeof UsersResponseSchema>;
export type InviteUserRequest = z.input<typeof InviteUserRequestSchema>;
export type InviteUserResponse = z.infer<typeof InviteUserResponseSchema>;
export type ChangeUserRequest = z.input<typeof ChangeUserRequestSchema>;
export type UserResponse = z.infer<typeof UserResponseSchema>;
export type DeactivateResponse = z.infer<typeof DeactivateResponseSchema>;
export type OutboxMail = z.infer<typeof OutboxMailSchema>;
export type OutboxResponse = z.infer<typeof OutboxResponseSchema>;
export type SetPasswordResponse = z.infer<typeof SetPasswordResponseSchema>;
export type ResetRequestResponse = z.infer<typeof ResetRequestResponseSchema>;
export type TotpEnrolment = z.infer<typeof TotpEnrolmentSchema>;
export type TotpState = z.infer<typeof TotpStateSchema>;
