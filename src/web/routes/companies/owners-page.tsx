import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import type { OwnershipResponse } from '../../api/types.ts';
import { ActionDialog } from '../../components/action-dialog.tsx';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { NumberField, SelectField } from '../../components/fields.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { CompanyForm } from '../applicant/company-form.tsx';
import { ControlSection } from './control-section.tsx';
import { OwnershipGraph } from './ownership-graph.tsx';

type Node = OwnershipResponse['nodes'][number];
type Errors = { ownerId?: string; sharePercent?: string };

const KIND_LABELS: Record<Node['kind'], string> = { company: 'Company', person: 'Person', government: 'Government' };
const percent = (value: number | null) => (value === null ? '—' : `${Number(value.toFixed(4))}%`);

/** A company's owners, direct and indirect: the graph as a picture and as a table, and the direct owners' editor. */
export const OwnersPage = () => {
  const { id = '' } = useParams();
  const graph = useApi(() => api.ownership(id), [id]);
  const companies = useApi(() => api.companies(), []);
  const [ownerId, setOwnerId] = useState('');
  const [share, setShare] = useState<number | undefined>(undefined);
  const [editing, setEditing] = useState<Node | null>(null);
  const [removing, setRemoving] = useState<Node | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [registering, setRegistering] = useState(false);

  if (graph.loading && !graph.data) return <Loading label="Loading the owners" />;
  if (graph.error || !graph.data)
    return (
      <>
        <PageTitle title="Owners">Owners</PageTitle>
        <ErrorAlert error={graph.error ?? 'not found'} heading="The owners could not be loaded" />
      </>
    );
  const data = graph.data;
  const company = data.nodes.find((n) => n.depth === 0);
  const name = company?.name ?? 'company';
  const owners = data.nodes.filter((n) => n.depth > 0);
  const directIds = new Set(owners.filter((n) => n.directPercent !== null).map((n) => n.companyId));
  const candidates = (companies.data?.companies ?? []).filter((c) => c.id !== id && !directIds.has(c.id));
  const othersTotal = data.directTotalPercent - (editing?.directPercent ?? 0);

  const resetForm = () => {
    setOwnerId('');
    setShare(undefined);
    setEditing(null);
    setErrors({});
    setFailure(null);
  };

  const validate = (): Errors => {
    const next: Errors = {};
    if (!editing && ownerId === '') next.ownerId = 'select the owner';
    if (share === undefined) next.sharePercent = 'enter a share in percent, e.g. 25';
    else if (Number.isNaN(share)) next.sharePercent = 'enter a number, e.g. 25';
    else if (share <= 0) next.sharePercent = 'a share must be above 0%';
    else if (share > 100) next.sharePercent = 'a share cannot exceed 100%';
    else if (othersTotal + share > 100 + 1e-9)
      next.sharePercent = `at most ${Number((100 - othersTotal).toFixed(4))} (the other owners hold ${percent(othersTotal)})`;
    return next;
  };

  const save = async () => {
    setNotice(null);
    setFailure(null);
    const next = validate();
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      document.getElementById(`field-owner-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      if (editing) await api.editOwner(id, editing.companyId, share as number);
      else await api.addOwner(id, ownerId, share as number);
      const owner = editing?.name ?? candidates.find((c) => c.id === ownerId)?.legalName ?? 'Owner';
      setNotice(
        editing ? `Share of ${owner} changed to ${percent(share as number)}.` : `${owner} recorded as an owner.`,
      );
      resetForm();
      graph.reload();
    } catch (error) {
      if (error instanceof ApiError) {
        const fields = error.fieldErrors();
        setErrors({ ownerId: fields.ownerId, sharePercent: fields.sharePercent });
      }
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const tableId = 'owners-table';
  const columns: Column<Node>[] = [
    { key: 'name', header: 'Owner', rowHeader: true, render: (n) => n.name },
    { key: 'kind', header: 'Kind', render: (n) => KIND_LABELS[n.kind] },
    { key: 'country', header: 'Country', render: (n) => n.country },
    {
      key: 'level',
      header: 'Level',
      render: (n) => (n.depth === 1 ? 'Direct owner' : `Indirect (${n.depth} levels up)`),
    },
    { key: 'direct', header: 'Direct share', render: (n) => percent(n.directPercent) },
    { key: 'all', header: 'Share in all (direct and indirect)', render: (n) => percent(n.effectivePercent) },
  ];
  if (data.canEdit)
    columns.push({
      key: 'actions',
      header: <span className="usa-sr-only">Actions</span>,
      render: (n) =>
        n.directPercent === null ? null : (
          <div className="usa-button-group">
            <button
              type="button"
              className="usa-button usa-button--unstyled"
              onClick={() => {
                resetForm();
                setEditing(n);
                setShare(n.directPercent ?? undefined);
                setTimeout(() => document.getElementById('field-owner-sharePercent')?.focus(), 0);
              }}
            >
              Change share<span className="usa-sr-only"> of {n.name}</span>
            </button>
            <button
              type="button"
              className="usa-button usa-button--unstyled text-secondary-dark margin-left-2"
              onClick={() => setRemoving(n)}
            >
              Remove<span className="usa-sr-only"> {n.name}</span>
            </button>
          </div>
        ),
    });

  return (
    <>
      <nav className="usa-breadcrumb padding-top-0" aria-label="Breadcrumbs">
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" to="/dashboard">
              <span>My proposals</span>
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
            <span>Owners of {name}</span>
          </li>
        </ol>
      </nav>
      <PageTitle title={`Owners of ${name}`}>Owners of {name}</PageTitle>
      <p className="usa-intro margin-top-0">
        Who owns {name}, directly and through other companies. Direct shares add up to{' '}
        <strong>{percent(data.directTotalPercent)}</strong>.
      </p>
      {notice && (
        <Alert type="success" slim>
          {notice}
        </Alert>
      )}

      {owners.length === 0 ? (
        <p>No owners recorded yet.</p>
      ) : (
        <>
          <OwnershipGraph graph={data} tableId={tableId} />
          <div id={tableId}>
            <DataTable
              caption={`Owners of ${name}, direct and indirect`}
              columns={columns}
              rows={owners}
              rowKey={(n) => n.companyId}
              scrollLabel="Owners table"
            />
          </div>
        </>
      )}

      {data.canEdit ? (
        <section aria-labelledby="owner-form-heading">
          <h2 id="owner-form-heading">{editing ? `Change the share of ${editing.name}` : 'Add a direct owner'}</h2>
          {failure && (
            <Alert type="error" slim>
              {failure}
            </Alert>
          )}
          <form
            className="usa-form maxw-none"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            {!editing && (
              <SelectField
                path="owner.ownerId"
                label="Owner"
                hint="A company or person you registered or belong to; register a new one below."
                required
                value={ownerId}
                error={errors.ownerId}
                onChange={setOwnerId}
                options={candidates.map((c) => ({
                  value: c.id,
                  label: `${c.legalName} (${c.countryOfIncorporation})`,
                }))}
              />
            )}
            <NumberField
              path="owner.sharePercent"
              label="Share (%)"
              hint={`Above 0 and at most 100; the other direct owners hold ${percent(othersTotal)}.`}
              required
              width="sm"
              value={share}
              error={errors.sharePercent}
              onChange={setShare}
            />
            <div className="usa-button-group margin-top-2">
              <button type="submit" className="usa-button" disabled={busy}>
                {busy ? 'Saving…' : editing ? 'Save share' : 'Add owner'}
              </button>
              {editing && (
                <button type="button" className="usa-button usa-button--unstyled padding-x-2" onClick={resetForm}>
                  Cancel
                </button>
              )}
            </div>
          </form>
          {registering ? (
            <CompanyForm
              onCancel={() => setRegistering(false)}
              onCreated={(created) => {
                setRegistering(false);
                companies.reload();
                setEditing(null);
                setOwnerId(created.id);
                setNotice(`${created.legalName} registered; enter its share and add it.`);
              }}
              submitLabel="Register owner"
            />
          ) : (
            <button
              type="button"
              className="usa-button usa-button--outline margin-top-3"
              onClick={() => setRegistering(true)}
            >
              Register a new owner
            </button>
          )}
        </section>
      ) : (
        <p className="text-base-dark">Only the company’s own applicants record its owners.</p>
      )}

      <ControlSection
        companyId={id}
        canEdit={data.canEdit}
        candidates={(companies.data?.companies ?? []).filter((c) => c.id !== id)}
      />

      <ActionDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? 'this owner'}?`}
        confirmLabel="Remove owner"
        danger
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          await api.removeOwner(id, removing.companyId);
          setNotice(`${removing.name} removed from the owners.`);
          graph.reload();
        }}
      >
        <p>
          {removing?.name} no longer owns {percent(removing?.directPercent ?? null)} of {name}. The change is recorded
          in the audit trail.
        </p>
      </ActionDialog>
    </>
  );
};
