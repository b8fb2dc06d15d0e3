/**
 * Wire types of the HTTP API, inferred from the route schemas in src/http/routes/<area>/<area>.schemas.ts: the
 * schemas that validate requests and document /api/openapi.json are the only declaration. Type-only imports,
 * so nothing of the server reaches the browser bundle.
 */
export type { Role } from '../../core/accounts/roles.ts';
export type { CallCreateRequest } from '../../core/calls/call.ts';
export type { ProposalContent } from '../../core/package/proposal.schema.ts';
export type { ProposalStatus, TransitionAction } from '../../core/proposal/proposal-status.ts';
export type { HitDecision, HitStatus } from '../../core/screening/hit-status.ts';
export type { AuditEntriesResponse, AuditEntry, AuditVerdict } from '../../http/routes/audit/audit.schemas.ts';
export type { LoginRequest, Session, SessionProbe, User } from '../../http/routes/auth/auth.schemas.ts';
export type { CallItem, CallResponse, CallsResponse } from '../../http/routes/calls/calls.schemas.ts';
export type {
  CatalogPackage,
  CatalogPackageResponse,
  CatalogResponse,
  DeliveryOutlook,
} from '../../http/routes/catalog/catalog.schemas.ts';
export type {
  CompaniesResponse,
  Company,
  CompanyCreateRequest,
  CompanyDetail,
  CompanyResponse,
  ControllerRequest,
  OwnershipResponse,
} from '../../http/routes/companies/companies.schemas.ts';
export type {
  ConsortiaResponse,
  Consortium,
  ConsortiumCreateRequest,
  ConsortiumMember,
  ConsortiumResponse,
  ConsortiumSummary,
  Invitation,
  InvitationResponse,
  InvitationsResponse,
  MemberAddRequest,
  PendingInvitation,
} from '../../http/routes/consortia/consortia.schemas.ts';
export type { Citation, Finding, FindingsReport } from '../../http/routes/eligibility/eligibility.schemas.ts';
export type { Job, JobQueued, JobResponse } from '../../http/routes/jobs/jobs.schemas.ts';
export type {
  MarkAllReadResponse,
  NotificationItem,
  NotificationsResponse,
  UnreadCountResponse,
} from '../../http/routes/notifications/notifications.schemas.ts';
export type {
  ContentChange,
  DeletedResponse,
  DiffResponse,
  DraftSaveRequest,
  HistoryResponse,
  Proposal,
  ProposalCreateRequest,
  ProposalResponse,
  ProposalSummary,
  ProposalsResponse,
  ProposalVersion,
  ProposalVersionResponse,
  TransitionRequest,
  WithdrawRequest,
} from '../../http/routes/proposals/proposals.schemas.ts';
export type {
  ConflictOfInterest,
  MyAssignmentResponse,
  MyAssignmentsResponse,
  PublishResponse,
  ReviewerListResponse,
  ReviewerProfileRequest,
  ReviewerProfileResponse,
  ReviewPanelResponse,
} from '../../http/routes/review/review.schemas.ts';
export type {
  MyReviewResponse,
  ProposalReviewsResponse,
  ReviewAggregatesItem,
  ReviewCommentItem,
  ReviewCommentResponse,
  ReviewDiscussionResponse,
  ReviewItem,
  ReviewRequest,
  ReviewSaved,
} from '../../http/routes/reviews/reviews.schemas.ts';

export type {
  AcknowledgeAlertRequest,
  AcknowledgedAlertResponse,
  AdjudicatedResponse,
  AdjudicateRequest,
  Adjudication,
  AlertsQuery,
  AlertsResponse,
  BulkAdjudicatedResponse,
  BulkAdjudicateRequest,
  Hit,
  HitDetail,
  HitExplanation,
  HitsResponse,
  ListDiff,
  ListEntryView,
  ListImportResult,
  ListVersion,
  ListVersionsResponse,
  NameHit,
  Party,
  ProposalScreening,
  RefreshRun,
  ScreeningAlert,
  ScreenRequest,
  ScreenResponse,
  SourceSchedule,
  TokenMatch,
} from '../../http/routes/screening/screening.schemas.ts';
export type {
  ListSourcesOverview,
  ProgramSettingsHistory,
  ProgramSettingsHistoryEntry,
  ProgramSettingsOnDate,
  ProgramSettingsSaved,
  ProgramSettingsUpdateRequest,
  ProgramSettingsVersion,
} from '../../http/routes/settings/settings.schemas.ts';
export type {
  ChangeUserRequest,
  DeactivateResponse,
  InviteUserRequest,
  InviteUserResponse,
  OutboxMail,
  OutboxResponse,
  ResetRequestResponse,
  SetPasswordResponse,
  TotpEnrolment,
  TotpState,
  UserResponse,
  UsersResponse,
} from '../../http/routes/users/users.schemas.ts';
