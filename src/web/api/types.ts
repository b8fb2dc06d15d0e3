/** Wire types of the HTTP API (docs/api.md). Content types come from the pure core schemas. */
import type { Role } from '../../core/accounts/roles.ts';
import type { Company, CompanyInput } from '../../core/consortium/company.schema.ts';
import type { Layers, ProposalContent } from '../../core/package/proposal.schema.ts';
import type { ProposalStatus, TransitionAction } from '../../core/proposal/proposal-status.ts';

export type { Company, CompanyInput, ProposalContent, ProposalStatus, Role, TransitionAction };

export type User = {
  id: string;
  email: string;
  name: string;
  role: Role;
  agency: string | null;
  companyIds: string[];
};

export type Session = { user: User; csrfToken: string };

export type CompanyDetail = {
  company: Company;
  owners: { ownerId: string; ownerName: string; sharePercent: number }[];
};

export type ConsortiumMemberView = { companyId: string; legalName: string; country: string; role: 'anchor' | 'member' };
export type Consortium = { id: string; name: string; description: string; members: ConsortiumMemberView[] };
export type ConsortiumSummary = { id: string; name: string; memberCount: number; anchorName: string };

export type ProposalSummary = {
  id: string;
  title: string;
  consortiumId: string;
  consortiumName: string;
  status: ProposalStatus;
  currentVersion: number | null;
  updatedAt: string;
  targets: string[];
};

export type Proposal = ProposalSummary & {
  draft: ProposalContent;
  versions: { number: number; submittedAt: string }[];
  canEdit: boolean;
  canSubmit: boolean;
  allowedActions: string[];
};

export type ProposalVersion = { number: number; submittedAt: string; submittedBy: string; content: ProposalContent };

export type ContentChange = { path: string; kind: 'added' | 'removed' | 'changed'; before?: unknown; after?: unknown };

/** A citation may come as text or as an object naming the source. */
export type Citation =
  | string
  | { source?: string; section?: string; title?: string; url?: string; effectiveFrom?: string; text?: string };

/** The contract does not fix Finding's shape; the UI reads these fields when present. */
export type Finding = {
  id?: string;
  code: string;
  severity: string;
  title?: string;
  explanation?: string;
  message?: string;
  citations?: Citation[];
  citation?: Citation;
  dataVersion?: string;
};

export type FindingsResponse = { findings: Finding[]; rulesVersion?: string; asOf?: string };

export type AuditEntry = {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string;
  summary: string | Record<string, unknown> | null;
  hash: string;
  prevHash: string | null;
};

export type AuditVerify = { ok: boolean; count: number; brokenAt: number | null };

/** Public catalog entry: BCI fields are removed server-side, so every layer field may be missing. */
export type CatalogLayers = { [K in keyof Layers]?: Partial<Layers[K][number]>[] };
export type CatalogPackage = {
  id: string;
  title: string;
  summary: string;
  consortiumName: string;
  designatedAt: string;
  targets: string[];
  sectors: string[];
  /** makers, providers and developers named in the public fields (when the server sends it) */
  vendors?: string[];
  layers: CatalogLayers;
};

export type HitStatus = 'open' | 'true_match' | 'false_positive';

/** A screened party of a proposal. */
export type Party = {
  id: string;
  proposalId: string | null;
  kind: string;
  name: string;
  type: string;
  country: string | null;
  companyId: string | null;
};

/** One token pairing of the explanation (query side against list side). */
export type TokenMatch = { kind: string; query: string; candidate: string; similarity: number };
export type HitExplanation = { text?: string; tokens?: TokenMatch[]; list?: string; source?: string; name?: string };

export type Hit = {
  id: string;
  party: Party;
  listSource: string;
  listVersionId: string;
  entryId: string;
  entryFingerprint: string;
  score: number;
  matchedName: string;
  explanation: HitExplanation | string | null;
  status: HitStatus;
  reusedFrom: string | null;
  createdAt: string;
};

export type Adjudication = {
  id: string;
  decision: HitStatus;
  reason: string;
  decidedBy: string | null;
  decidedAt: string;
  reusedFrom: string | null;
};

/** The full list entry (fields as the list importers store them; any may be missing). */
export type ListEntryView = {
  list?: string;
  source?: string;
  entryId?: string;
  type?: string;
  primaryName?: string;
  aliases?: string[];
  countries?: string[];
  programs?: string[];
  remarks?: string;
  [key: string]: unknown;
};

export type HitDetail = { hit: Hit; party: Party; entry: ListEntryView | null; adjudications: Adjudication[] };

export type ListVersion = {
  id: string;
  source: string;
  format: string;
  contentHash: string;
  asOf: string | null;
  entryCount: number;
  importedAt: string;
  importedBy: string | null;
  isCurrent: boolean;
};

export type ScreeningAlert = {
  id: string;
  hitId: string;
  proposalId: string | null;
  createdAt: string;
  acknowledgedAt: string | null;
};
