import { useState } from 'react';
import { roleMay } from '../../../core/accounts/permissions.ts';
import { AGENCIES } from '../../../core/accounts/roles.ts';
import { CALL_REGIONS } from '../../../core/calls/call.ts';
import { LAYER_KEYS, LAYER_TITLES, type LayerKey } from '../../../core/package/proposal.schema.ts';
import { ApiError, api } from '../../api/client.ts';
import type { CallCreateRequest, CallItem } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ActionDialog } from '../../components/action-dialog.tsx';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { ErrorSummary, NumberField, TextField } from '../../components/fields.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';

const PHASE_LABELS: Record<CallItem['phase'], string> = { upcoming: 'Opens soon', open: 'Open', closed: 'Closed' };
const PHASE_COLORS: Record<CallItem['phase'], string> = {
  upcoming: 'bg-accent-cool-darker',
  open: 'bg-green',
  closed: 'bg-base-dark',
};

export const CallPhaseTag = ({ phase }: { phase: CallItem['phase'] }) => (
  <span className={`usa-tag ${PHASE_COLORS[phase]}`}>{PHASE_LABELS[phase]}</span>
);

const everyOr = (items: readonly string[], all: string) => (items.length === 0 ? all : items.join(', '));

/** `datetime-local` text (taken as UTC) → ISO instant; empty stays empty so the server names the field. */
const toInstant = (local: string): string => (local ? `${local.length === 16 ? `${local}:00` : local}Z` : '');

type Draft = {
  title: string;
  reference: string;
  opensAt: string;
  closesAt: string;
  noticeUrl: string;
  reviewersPerProposal: number | undefined;
  rubricVersion: number | undefined;
  regions: string[];
  layers: string[];
  requiredAgencies: string[];
};
const EMPTY: Draft = {
  title: '',
  reference: '',
  opensAt: '',
  closesAt: '',
  noticeUrl: '',
  reviewersPerProposal: 3,
  rubricVersion: 1,
  regions: [],
  layers: [],
  requiredAgencies: [],
};

/** A group of checkboxes for a multiple choice (none ticked means every one, as the legend says). */
const Checkboxes = ({
  path,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
}: {
  path: string;
  legend: string;
  hint: string;
  options: readonly { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
}) => (
  <fieldset className={`usa-fieldset margin-top-3${error ? ' usa-form-group--error' : ''}`} id={`field-${path}`}>
    <legend className="usa-legend">{legend}</legend>
    <span className="usa-hint">{hint}</span>
    {error && <span className="usa-error-message">{error}</span>}
    {options.map((option) => {
      const id = `${path}-${option.value.replace(/\W+/g, '-')}`;
      return (
        <div className="usa-checkbox" key={option.value}>
          <input
            className="usa-checkbox__input"
            id={id}
            type="checkbox"
            checked={value.includes(option.value)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value))
            }
          />
          <label className="usa-checkbox__label" htmlFor={id}>
            {option.label}
          </label>
        </div>
      );
    })}
  </fieldset>
);

/** A date and time typed in UTC (`datetime-local`), with its field error. */
const DateTimeField = (props: {
  path: string;
  label: string;
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}) => (
  <div className="usa-form-group">
    <label className="usa-label" htmlFor={`field-${props.path}`}>
      {props.label}
    </label>
    {props.error && <span className="usa-error-message">{props.error}</span>}
    <input
      id={`field-${props.path}`}
      className="usa-input"
      type="datetime-local"
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    />
  </div>
);

/** The program office's form to publish a call; field errors come from the server's validation. */
const PublishCallForm = ({ onPublished }: { onPublished: (call: CallItem) => void }) => {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });

  const publish = async () => {
    setBusy(true);
    setFailure(null);
    setErrors({});
    try {
      const input: CallCreateRequest = {
        title: draft.title,
        reference: draft.reference,
        opensAt: toInstant(draft.opensAt),
        closesAt: toInstant(draft.closesAt),
        noticeUrl: draft.noticeUrl,
        regions: draft.regions as CallCreateRequest['regions'],
        layers: draft.layers as LayerKey[],
        requiredAgencies: draft.requiredAgencies as CallCreateRequest['requiredAgencies'],
        ...(draft.reviewersPerProposal === undefined ? {} : { reviewersPerProposal: draft.reviewersPerProposal }),
        ...(draft.rubricVersion === undefined ? {} : { rubricVersion: draft.rubricVersion }),
      };
      const { call } = await api.createCall(input);
      setDraft(EMPTY);
      onPublished(call);
    } catch (error) {
      if (error instanceof ApiError) setErrors(error.fieldErrors());
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="usa-form usa-form--large"
      noValidate
      aria-label="Publish a call for proposals"
      onSubmit={(event) => {
        event.preventDefault();
        void publish();
      }}
    >
      <ErrorSummary errors={errors} />
      {failure && Object.keys(errors).length === 0 && (
        <Alert type="error" heading="The call was not published">
          {failure}
        </Alert>
      )}
      <TextField
        path="title"
        label="Title"
        required
        value={draft.title}
        error={errors.title}
        onChange={(v) => set('title', v)}
      />
      <TextField
        path="reference"
        label="Reference"
        hint="e.g. the Federal Register document number"
        required
        value={draft.reference}
        error={errors.reference}
        onChange={(v) => set('reference', v)}
      />
      <DateTimeField
        path="opensAt"
        label="Opens (UTC)"
        value={draft.opensAt}
        error={errors.opensAt}
        onChange={(v) => set('opensAt', v)}
      />
      <DateTimeField
        path="closesAt"
        label="Closes (UTC)"
        value={draft.closesAt}
        error={errors.closesAt}
        onChange={(v) => set('closesAt', v)}
      />
      <TextField
        path="noticeUrl"
        label="Link to the notice"
        hint="https://…"
        required
        value={draft.noticeUrl}
        error={errors.noticeUrl}
        onChange={(v) => set('noticeUrl', v)}
      />
      <NumberField
        path="reviewersPerProposal"
        label="Reviewers per proposal"
        width="sm"
        value={draft.reviewersPerProposal}
        error={errors.reviewersPerProposal}
        onChange={(v) => set('reviewersPerProposal', v)}
      />
      <NumberField
        path="rubricVersion"
        label="Rubric version"
        width="sm"
        value={draft.rubricVersion}
        error={errors.rubricVersion}
        onChange={(v) => set('rubricVersion', v)}
      />
      <Checkboxes
        path="regions"
        legend="Eligible regions"
        hint="None ticked: every region."
        options={CALL_REGIONS.map((r) => ({ value: r, label: r }))}
        value={draft.regions}
        error={errors.regions}
        onChange={(v) => set('regions', v)}
      />
      <Checkboxes
        path="layers"
        legend="Eligible layers"
        hint="None ticked: every layer."
        options={LAYER_KEYS.map((k) => ({ value: k, label: LAYER_TITLES[k] }))}
        value={draft.layers}
        error={errors.layers}
        onChange={(v) => set('layers', v)}
      />
      <Checkboxes
        path="requiredAgencies"
        legend="Agencies that must review each proposal"
        hint="At least one reviewer of each ticked agency is assigned to every proposal."
        options={AGENCIES.map((a) => ({ value: a, label: a }))}
        value={draft.requiredAgencies}
        error={errors.requiredAgencies}
        onChange={(v) => set('requiredAgencies', v)}
      />
      <button type="submit" className="usa-button margin-top-3" disabled={busy}>
        {busy ? 'Publishing…' : 'Publish the call'}
      </button>
    </form>
  );
};

/** Calls for proposals: public, with the program office's publish form and deadline extensions. */
export const CallsPage = () => {
  const { user } = useSession();
  const manages = Boolean(user && roleMay(user.role, 'calls.manage'));
  const calls = useApi(() => api.calls(), []);
  const [extending, setExtending] = useState<CallItem | null>(null);
  const [newClose, setNewClose] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [showForm, setShowForm] = useState(false);

  const columns: Column<CallItem>[] = [
    {
      key: 'title',
      header: 'Call',
      rowHeader: true,
      render: (call) => (
        <>
          <a href={call.noticeUrl} rel="noreferrer" target="_blank">
            {call.title}
          </a>
          <div className="text-base-dark font-body-2xs">{call.reference}</div>
        </>
      ),
    },
    { key: 'phase', header: 'Status', render: (call) => <CallPhaseTag phase={call.phase} /> },
    { key: 'opens', header: 'Opens', render: (call) => formatDateTime(call.opensAt) },
    { key: 'closes', header: 'Closes', render: (call) => formatDateTime(call.closesAt) },
    { key: 'regions', header: 'Regions', render: (call) => everyOr(call.regions, 'Every region') },
    {
      key: 'layers',
      header: 'Layers',
      render: (call) =>
        everyOr(
          call.layers.map((k) => LAYER_TITLES[k]),
          'Every layer',
        ),
    },
    {
      key: 'review',
      header: 'Review',
      render: (call) =>
        `${call.reviewersPerProposal} reviewers${call.requiredAgencies.length ? `, incl. ${call.requiredAgencies.join(', ')}` : ''}; rubric v${call.rubricVersion}`,
    },
    ...(manages
      ? [
          { key: 'proposals', header: 'Proposals', render: (call: CallItem) => call.proposalCount },
          {
            key: 'actions',
            header: <span className="usa-sr-only">Actions</span>,
            render: (call: CallItem) => (
              <button
                type="button"
                className="usa-button usa-button--outline usa-button--small"
                onClick={() => {
                  setNewClose(call.closesAt.slice(0, 16));
                  setExtending(call);
                }}
              >
                Extend deadline<span className="usa-sr-only"> of {call.title}</span>
              </button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageTitle title="Calls for proposals">Calls for proposals</PageTitle>
      <p className="usa-intro">
        Every proposal answers one call, published by the program office in the Federal Register. A proposal is first
        submitted before its call closes.
      </p>
      {notice && (
        <Alert type="success" heading="Done">
          {notice}
        </Alert>
      )}
      {calls.loading && !calls.data && <Loading label="Loading the calls" />}
      {calls.error ? <ErrorAlert error={calls.error} heading="The calls could not be loaded" /> : null}
      {calls.data && (
        <DataTable
          columns={columns}
          rows={calls.data.calls}
          rowKey={(call) => call.id}
          caption="Calls, the latest closing first"
          captionHidden
          scrollLabel="Calls for proposals"
          empty="No call has been published yet."
        />
      )}
      {manages && (
        <section className="margin-top-5" aria-labelledby="publish-heading">
          <h2 id="publish-heading">Publish a call</h2>
          {showForm ? (
            <PublishCallForm
              onPublished={(call) => {
                setShowForm(false);
                setNotice(`The call “${call.title}” is published.`);
                calls.reload();
              }}
            />
          ) : (
            <button type="button" className="usa-button" onClick={() => setShowForm(true)}>
              New call
            </button>
          )}
        </section>
      )}
      <ActionDialog
        open={extending !== null}
        title={`Extend the deadline of ${extending?.title ?? 'the call'}`}
        confirmLabel="Extend"
        reason="required"
        onClose={() => setExtending(null)}
        onConfirm={async (reason) => {
          if (!extending) return;
          const { call } = await api.extendCall(extending.id, toInstant(newClose), reason);
          setNotice(`The call “${call.title}” now closes ${formatDateTime(call.closesAt)}.`);
          calls.reload();
        }}
      >
        <p>Currently closes {formatDateTime(extending?.closesAt)}. The change and its reason are audited.</p>
        <label className="usa-label" htmlFor="extend-closes-at">
          New closing time (UTC)
        </label>
        <input
          id="extend-closes-at"
          className="usa-input"
          type="datetime-local"
          value={newClose}
          onChange={(event) => setNewClose(event.target.value)}
        />
      </ActionDialog>
    </>
  );
};
