/**
 * Wire types of the HTTP API, inferred from the route schemas in src/http/routes/<area>/<area>.schemas.ts: the
 * schemas that validate requests and document /api/openapi.json are the only declaration. Type-only imports,
 * so nothing of the server reaches the browser bundle.
 */
import type { z } from 'zod';
import type * as Audit from '../../http/routes/audit/audit.schemas.ts';
import type * as Auth from '../../http/routes/auth/auth.schemas.ts';
import type * as Catalog from '../../http/routes/catalog/catalog.schemas.ts';
import type * as Companies from '../../http/routes/companies/companies.schemas.ts';
import type * as Consortia from '../../http/routes/consortia/consortia.schemas.ts';
import type * as Proposals from '../../http/routes/proposals/proposals.schemas.ts';
import type * as Screening from '../../http/routes/screening/screening.schemas.ts';

export type { Role } from '../../core/accounts/roles.ts';
export type { ProposalContent } from '../../core/package/proposal.schema.ts';
export type { ProposalStatus, TransitionAction } from '../../core/proposal/proposal-status.ts';
export type { HitDecision, HitStatus } from '../../core/screening/hit-status.ts';
export type { AuditEntry, AuditVerdict } from '../../http/routes/audit/audit.schemas.ts';
export type { Session, User } from '../../http/routes/auth/auth.schemas.ts';
export type { CatalogPackage, DeliveryOutlook } from '../../http/routes/catalog/catalog.schemas.ts';
export type { Company, CompanyDetail } from '../../http/routes/companies/companies.schemas.ts';
export type { Consortium, ConsortiumMember, ConsortiumSummary } from '../../http/routes/consortia/consortia.schemas.ts';
export type { Citation, Finding, FindingsReport } from '../../http/routes/eligibility/eligibility.schemas.ts';
export type { Job } from '../../http/routes/jobs/jobs.schemas.ts';
export type {
  ContentChange,
  Proposal,
  ProposalSummary,
  ProposalVersion,
} from '../../http/routes/proposals/proposals.schemas.ts';
export type {
  Adjudication,
  Hit,
  HitDetail,
  HitExplanation,
  ListEntryView,
  ListVersion,
  Party,
  ProposalScreening,
  ScreeningAlert,
  TokenMatch,
} from '../../http/routes/screening/screening.schemas.ts';

/** Response bodies, by route. */
export type CompaniesResponse = z.infer<typeof Companies.CompaniesResponseSchema>;
export type CompanyResponse = z.infer<typeof Companies.CompanyResponseSchema>;
export type ConsortiaResponse = z.infer<typeof Consortia.ConsortiaResponseSchema>;
export type ConsortiumResponse = z.infer<typeof Consortia.ConsortiumResponseSchema>;
export type ProposalsResponse = z.infer<typeof Proposals.ProposalsResponseSchema>;
export type ProposalResponse = z.infer<typeof Proposals.ProposalResponseSchema>;
export type ProposalVersionResponse = z.infer<typeof Proposals.ProposalVersionResponseSchema>;
export type DiffResponse = z.infer<typeof Proposals.DiffResponseSchema>;
export type HistoryResponse = z.infer<typeof Proposals.HistoryResponseSchema>;
export type CatalogResponse = z.infer<typeof Catalog.CatalogResponseSchema>;
export type CatalogPackageResponse = z.infer<typeof Catalog.CatalogPackageResponseSchema>;
export type HitsResponse = z.infer<typeof Screening.HitsResponseSchema>;
export type AdjudicatedResponse = z.infer<typeof Screening.AdjudicatedSchema>;
export type ListVersionsResponse = z.infer<typeof Screening.ListVersionsResponseSchema>;
export type AlertsResponse = z.infer<typeof Screening.AlertsResponseSchema>;
export type AuditEntriesResponse = z.infer<typeof Audit.AuditEntriesResponseSchema>;

/** Request bodies, by route (what the client sends, before defaults). */
export type LoginRequest = z.input<typeof Auth.LoginRequestSchema>;
export type CompanyCreateRequest = Companies.CompanyCreateRequest;
export type ConsortiumCreateRequest = Consortia.ConsortiumCreateRequest;
export type MemberAddRequest = z.input<typeof Consortia.MemberAddRequestSchema>;
export type ProposalCreateRequest = Proposals.ProposalCreateRequest;
export type DraftSaveRequest = z.input<typeof Proposals.DraftSaveRequestSchema>;
export type TransitionRequest = Proposals.TransitionRequest;
export type AdjudicateRequest = z.input<typeof Screening.AdjudicateRequestSchema>;
