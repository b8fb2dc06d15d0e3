/** Typed client of the HTTP API (docs/api.md): cookies for the session, x-csrf-token on writes, typed errors. */
import type { ListFormat } from '../../core/screening/lists/list-entry.ts';
import type { QueueResponse } from '../../http/routes/proposals/proposals.schemas.ts';
import type {
  MyAssignmentResponse,
  MyAssignmentsResponse,
  PublishResponse,
  ReviewerListResponse,
  ReviewerProfileRequest,
  ReviewerProfileResponse,
  ReviewPanelResponse,
} from '../../http/routes/review/review.schemas.ts';
import type {
  AcknowledgeAlertRequest,
  AcknowledgedAlertResponse,
  AdjudicatedResponse,
  AdjudicateRequest,
  AlertsQuery,
  AlertsResponse,
  AuditEntriesResponse,
  AuditVerdict,
  BulkAdjudicatedResponse,
  BulkAdjudicateRequest,
  CallCreateRequest,
  CallResponse,
  CallsResponse,
  CatalogPackageResponse,
  CatalogResponse,
  ChangeUserRequest,
  CompaniesResponse,
  CompanyCreateRequest,
  CompanyDetail,
  CompanyResponse,
  ConsortiaResponse,
  ConsortiumCreateRequest,
  ConsortiumResponse,
  ControllerRequest,
  DeactivateResponse,
  DeletedResponse,
  DiffResponse,
  DraftSaveRequest,
  FindingsReport,
  HistoryResponse,
  HitDecision,
  HitDetail,
  HitStatus,
  HitsResponse,
  InvitationResponse,
  InvitationsResponse,
  InviteUserRequest,
  InviteUserResponse,
  JobQueued,
  JobResponse,
  ListDiff,
  ListImportResult,
  ListSourcesOverview,
  ListVersionsResponse,
  LoginRequest,
  MarkAllReadResponse,
  MemberAddRequest,
  NotificationsResponse,
  OutboxResponse,
  OwnershipResponse,
  ProgramSettingsHistory,
  ProgramSettingsOnDate,
  ProgramSettingsSaved,
  ProgramSettingsUpdateRequest,
  ProposalContent,
  ProposalCreateRequest,
  ProposalResponse,
  ProposalScreening,
  ProposalStatus,
  ProposalsResponse,
  ProposalVersionResponse,
  ResetRequestResponse,
  Role,
  ScreenRequest,
  ScreenResponse,
  Session,
  SessionProbe,
  SetPasswordResponse,
  TotpEnrolment,
  TotpState,
  TransitionAction,
  TransitionRequest,
  UnreadCountResponse,
  UserResponse,
  UsersResponse,
  WithdrawRequest,
} from './types.ts';

/** The body of POST /api/v1/lists/import as the web sends it: one file's text. */
export type ListImportRequest = {
  source: string;
  format: ListFormat;
  content: string;
  fileName?: string;
  asOf?: string;
  allowShrink?: boolean;
  reason?: string;
};

export type FieldError = { path: string; message: string };

/** An error answered by the API (or a network failure, code `network_error`). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldError[];
  readonly requestId: string | undefined;

  constructor(input: { status: number; code: string; message: string; details?: FieldError[]; requestId?: string }) {
    super(input.message);
    this.name = 'ApiError';
    this.status = input.status;
    this.code = input.code;
    this.details = input.details ?? [];
    this.requestId = input.requestId;
  }

  /** Field errors keyed by dotted path, e.g. `layers.hardware.0.eccn`. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const detail of this.details) if (!(detail.path in out)) out[detail.path] = detail.message;
    return out;
  }
}

const toFieldErrors = (details: unknown): FieldError[] => {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d) => {
    if (typeof d !== 'object' || d === null) return [];
    const { path, message } = d as { path?: unknown; message?: unknown };
    const dotted = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
    return [{ path: dotted, message: typeof message === 'string' ? message : 'invalid' }];
  });
};

/** Fired on window when the API answers 401 to a logged-in call (the session expired or was revoked). */
export const SESSION_LOST_EVENT = 'aiexports:session-lost';

let csrfToken: string | null = null;
/** Remembers the token returned by login and me; sent on every state-changing request. */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export const request = async <T>(method: Method, path: string, body?: unknown): Promise<T> => {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network_error', message: 'The server could not be reached.' });
  }
  const text = await response.text();
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  if (response.status === 401 && csrfToken !== null && !path.startsWith('/api/v1/auth/')) {
    csrfToken = null;
    if (typeof window !== 'undefined') window.dispatchEvent(new Event(SESSION_LOST_EVENT));
  }
  if (!response.ok) {
    const error = (json as { error?: { code?: string; message?: string; details?: unknown; requestId?: string } })
      ?.error;
    throw new ApiError({
      status: response.status,
      code: error?.code ?? `http_${response.status}`,
      message: error?.message ?? `The server answered ${response.status} ${response.statusText}.`,
      details: toFieldErrors(error?.details),
      requestId: error?.requestId,
    });
  }
  return json as T;
};

const v1 = '/api/v1';
const query = (params: Record<string, string | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
};
const id = encodeURIComponent;

export const api = {
  login: (email: string, password: string, totpCode?: string) =>
    request<Session>('POST', `${v1}/auth/login`, {
      email,
      password,
      ...(totpCode ? { totpCode } : {}),
    } satisfies LoginRequest),
  acceptInvitation: (token: string, password: string) =>
    request<SetPasswordResponse>('POST', `${v1}/auth/accept-invitation`, { token, password }),
  requestPasswordReset: (email: string) =>
    request<ResetRequestResponse>('POST', `${v1}/auth/password-reset/request`, { email }),
  resetPassword: (token: string, password: string) =>
    request<SetPasswordResponse>('POST', `${v1}/auth/password-reset`, { token, password }),
  startTotp: () => request<TotpEnrolment>('POST', `${v1}/account/totp/enrolment`),
  confirmTotp: (code: string) => request<TotpState>('POST', `${v1}/account/totp/confirm`, { code }),
  disableTotp: (code: string) => request<TotpState>('POST', `${v1}/account/totp/disable`, { code }),

  users: (filters: { search?: string; role?: Role | '' }) =>
    request<UsersResponse>(
      'GET',
      `${v1}/users${query({ search: filters.search || undefined, role: filters.role || undefined })}`,
    ),
  inviteUser: (input: InviteUserRequest) => request<InviteUserResponse>('POST', `${v1}/users/invitations`, input),
  changeUser: (userId: string, input: ChangeUserRequest) =>
    request<UserResponse>('PATCH', `${v1}/users/${id(userId)}`, input),
  setUserActive: (userId: string, active: boolean) =>
    request<DeactivateResponse>('POST', `${v1}/users/${id(userId)}/${active ? 'reactivate' : 'deactivate'}`),
  resetUserTotp: (userId: string) => request<UserResponse>('POST', `${v1}/users/${id(userId)}/totp/reset`),
  outbox: () => request<OutboxResponse>('GET', `${v1}/outbox`),
  logout: () => request<{ ok: boolean }>('POST', `${v1}/auth/logout`),
  /** who is signed in, or nulls: answers 200 either way, so a visitor's page logs no failed request */
  session: () => request<SessionProbe>('GET', `${v1}/auth/session`),

  notifications: (options: { unreadOnly?: boolean } = {}) =>
    request<NotificationsResponse>(
      'GET',
      `${v1}/notifications${query({ unread: options.unreadOnly ? 'true' : undefined })}`,
    ),
  unreadNotifications: () => request<UnreadCountResponse>('GET', `${v1}/notifications/unread-count`),
  markNotificationRead: (notificationId: string) =>
    request<UnreadCountResponse>('POST', `${v1}/notifications/${id(notificationId)}/read`),
  markAllNotificationsRead: () => request<MarkAllReadResponse>('POST', `${v1}/notifications/read-all`),

  companies: () => request<CompaniesResponse>('GET', `${v1}/companies`),
  company: (companyId: string) => request<CompanyDetail>('GET', `${v1}/companies/${id(companyId)}`),
  createCompany: (input: CompanyCreateRequest) => request<CompanyResponse>('POST', `${v1}/companies`, input),
  ownership: (companyId: string) => request<OwnershipResponse>('GET', `${v1}/companies/${id(companyId)}/ownership`),
  addOwner: (companyId: string, ownerId: string, sharePercent: number) =>
    request<CompanyDetail>('POST', `${v1}/companies/${id(companyId)}/owners`, { ownerId, sharePercent }),
  editOwner: (companyId: string, ownerId: string, sharePercent: number) =>
    request<CompanyDetail>('PUT', `${v1}/companies/${id(companyId)}/owners/${id(ownerId)}`, { sharePercent }),
  removeOwner: (companyId: string, ownerId: string) =>
    request<CompanyDetail>('DELETE', `${v1}/companies/${id(companyId)}/owners/${id(ownerId)}`),
  addController: (companyId: string, input: ControllerRequest) =>
    request<CompanyDetail>('POST', `${v1}/companies/${id(companyId)}/controllers`, input),
  removeController: (companyId: string, controllerId: string, basis: string) =>
    request<CompanyDetail>('DELETE', `${v1}/companies/${id(companyId)}/controllers/${id(controllerId)}/${id(basis)}`),

  consortia: () => request<ConsortiaResponse>('GET', `${v1}/consortia`),
  consortium: (consortiumId: string) => request<ConsortiumResponse>('GET', `${v1}/consortia/${id(consortiumId)}`),
  createConsortium: (input: ConsortiumCreateRequest) => request<ConsortiumResponse>('POST', `${v1}/consortia`, input),
  addMember: (consortiumId: string, companyId: string) =>
    request<ConsortiumResponse>('POST', `${v1}/consortia/${id(consortiumId)}/members`, {
      companyId,
    } satisfies MemberAddRequest),
  removeMember: (consortiumId: string, companyId: string) =>
    request<ConsortiumResponse>('DELETE', `${v1}/consortia/${id(consortiumId)}/members/${id(companyId)}`),
  invitations: () => request<InvitationsResponse>('GET', `${v1}/consortium-invitations`),
  answerInvitation: (invitationId: string, answer: 'accept' | 'decline') =>
    request<InvitationResponse>('POST', `${v1}/consortium-invitations/${id(invitationId)}/${answer}`),

  proposals: (status?: ProposalStatus) => request<ProposalsResponse>('GET', `${v1}/proposals${query({ status })}`),
  proposal: (proposalId: string) => request<ProposalResponse>('GET', `${v1}/proposals/${id(proposalId)}`),
  createProposal: (consortiumId: string, content: ProposalContent, callId?: string) =>
    request<ProposalResponse>('POST', `${v1}/proposals`, {
      consortiumId,
      content,
      ...(callId ? { callId } : {}),
    } satisfies ProposalCreateRequest),

  calls: () => request<CallsResponse>('GET', `${v1}/calls`),
  createCall: (input: CallCreateRequest) => request<CallResponse>('POST', `${v1}/calls`, input),
  extendCall: (callId: string, closesAt: string, reason: string) =>
    request<CallResponse>('POST', `${v1}/calls/${id(callId)}/extend`, { closesAt, reason }),
  saveDraft: (proposalId: string, content: ProposalContent) =>
    request<ProposalResponse>('PUT', `${v1}/proposals/${id(proposalId)}/draft`, { content } satisfies DraftSaveRequest),
  submit: (proposalId: string) => request<ProposalResponse>('POST', `${v1}/proposals/${id(proposalId)}/submit`),
  withdraw: (proposalId: string, reason: string) =>
    request<ProposalResponse>('POST', `${v1}/proposals/${id(proposalId)}/withdraw`, {
      reason,
    } satisfies WithdrawRequest),
  deleteDraft: (proposalId: string) => request<DeletedResponse>('DELETE', `${v1}/proposals/${id(proposalId)}`),
  transition: (proposalId: string, action: TransitionAction, reason: string) =>
    request<ProposalResponse>('POST', `${v1}/proposals/${id(proposalId)}/transition`, {
      action,
      reason,
    } satisfies TransitionRequest),
  version: (proposalId: string, number: number) =>
    request<ProposalVersionResponse>('GET', `${v1}/proposals/${id(proposalId)}/versions/${number}`),
  diff: (proposalId: string, from: number, to: number | 'draft') =>
    request<DiffResponse>(
      'GET',
      `${v1}/proposals/${id(proposalId)}/diff${query({ from: String(from), to: String(to) })}`,
    ),
  findings: (proposalId: string, asOf?: string) =>
    request<FindingsReport>('GET', `${v1}/proposals/${id(proposalId)}/findings${query({ asOf })}`),
  history: (proposalId: string) => request<HistoryResponse>('GET', `${v1}/proposals/${id(proposalId)}/history`),

  catalog: (filters: { country?: string; sector?: string; q?: string }) =>
    request<CatalogResponse>('GET', `${v1}/catalog${query(filters)}`),
  catalogPackage: (packageId: string) => request<CatalogPackageResponse>('GET', `${v1}/catalog/${id(packageId)}`),

  hits: (status?: HitStatus) => request<HitsResponse>('GET', `${v1}/screening/hits${query({ status })}`),
  hit: (hitId: string) => request<HitDetail>('GET', `${v1}/screening/hits/${id(hitId)}`),
  adjudicate: (hitId: string, decision: HitDecision, reason: string) =>
    request<AdjudicatedResponse>('POST', `${v1}/screening/hits/${id(hitId)}/adjudicate`, {
      decision,
      reason,
    } satisfies AdjudicateRequest),
  listVersions: () => request<ListVersionsResponse>('GET', `${v1}/lists`),
  adjudicateMany: (hitIds: readonly string[], decision: HitDecision, reason: string) =>
    request<BulkAdjudicatedResponse>('POST', `${v1}/screening/hits/adjudicate`, {
      hitIds: [...hitIds],
      decision,
      reason,
    } satisfies BulkAdjudicateRequest),
  alerts: (status?: AlertsQuery['status']) => request<AlertsResponse>('GET', `${v1}/alerts${query({ status })}`),
  acknowledgeAlert: (alertId: string, note?: string) =>
    request<AcknowledgedAlertResponse>(
      'POST',
      `${v1}/alerts/${id(alertId)}/acknowledge`,
      (note ? { note } : {}) satisfies AcknowledgeAlertRequest,
    ),
  importList: (input: ListImportRequest) => request<ListImportResult>('POST', `${v1}/lists/import`, input),
  refreshList: (source: string) => request<JobQueued>('POST', `${v1}/lists/${id(source)}/refresh`),
  listDiff: (versionId: string, againstId: string) =>
    request<ListDiff>('GET', `${v1}/lists/${id(versionId)}/diff${query({ against: againstId })}`),
  job: (jobId: string) => request<JobResponse>('GET', `${v1}/jobs/${id(jobId)}`),
  screen: (names: ScreenRequest['names']) =>
    request<ScreenResponse>('POST', `${v1}/screen`, { names } satisfies ScreenRequest),
  proposalScreening: (proposalId: string) =>
    request<ProposalScreening>('GET', `${v1}/proposals/${id(proposalId)}/screening`),

  /** the officer queue; `search` is the page's URL query (tab, filters, sort, page) as it stands */
  queue: (search: string) => request<QueueResponse>('GET', `${v1}/proposals/queue${search ? `?${search}` : ''}`),
  /** a page of the audit trail; `search` holds the filters and the cursor */
  auditPage: (search: string) => request<AuditEntriesResponse>('GET', `${v1}/audit${search ? `?${search}` : ''}`),
  audit: (objectId?: string) => request<AuditEntriesResponse>('GET', `${v1}/audit${query({ objectId })}`),
  programSettings: () => request<ProgramSettingsHistory>('GET', `${v1}/program-settings`),
  programSettingsOnDate: (date: string) =>
    request<ProgramSettingsOnDate>('GET', `${v1}/program-settings/as-of${query({ date })}`),
  saveProgramSettings: (input: ProgramSettingsUpdateRequest) =>
    request<ProgramSettingsSaved>('PUT', `${v1}/program-settings`, input),
  listSources: () => request<ListSourcesOverview>('GET', `${v1}/list-sources`),
  auditVerify: () => request<AuditVerdict>('GET', `${v1}/audit/verify`),
  // interagency review: reviewer profiles, assignments, conflicts of interest, certification
  myReviewerProfile: () => request<ReviewerProfileResponse>('GET', `${v1}/reviewer-profile`),
  saveMyReviewerProfile: (input: ReviewerProfileRequest) =>
    request<ReviewerProfileResponse>('PUT', `${v1}/reviewer-profile`, input),
  reviewers: () => request<ReviewerListResponse>('GET', `${v1}/reviewers`),
  reviewPanel: (proposalId: string) =>
    request<ReviewPanelResponse>('GET', `${v1}/proposals/${id(proposalId)}/review-assignments`),
  assignReviewer: (proposalId: string, input: { reviewerId: string; waiverReason?: string }) =>
    request<ReviewPanelResponse>('POST', `${v1}/proposals/${id(proposalId)}/review-assignments`, input),
  removeReviewer: (proposalId: string, reviewerId: string) =>
    request<ReviewPanelResponse>('DELETE', `${v1}/proposals/${id(proposalId)}/review-assignments/${id(reviewerId)}`),
  waiveConflict: (proposalId: string, reviewerId: string, reason: string) =>
    request<ReviewPanelResponse>(
      'POST',
      `${v1}/proposals/${id(proposalId)}/review-assignments/${id(reviewerId)}/waiver`,
      { reason },
    ),
  publishAssignments: (proposalId: string) =>
    request<PublishResponse>('POST', `${v1}/proposals/${id(proposalId)}/review-assignments/publish`, {}),
  myAssignments: () => request<MyAssignmentsResponse>('GET', `${v1}/assignments`),
  certifyAssignment: (proposalId: string) =>
    request<MyAssignmentResponse>('POST', `${v1}/assignments/${id(proposalId)}/certify`, {}),
  recuseAssignment: (proposalId: string, reason: string) =>
    request<MyAssignmentResponse>('POST', `${v1}/assignments/${id(proposalId)}/recuse`, { reason }),
};
