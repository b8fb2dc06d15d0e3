import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { can } from '../../../core/accounts/permissions.ts';
import { formatCountry } from '../../../core/kernel/format-country.ts';
import { api } from '../../api/client.ts';
import type { Company, ConsortiumMember } from '../../api/types.ts';
import { actorOf } from '../../auth/pages.ts';
import { useSession } from '../../auth/session.tsx';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { SelectField } from '../../components/fields.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { CompanyForm } from './company-form.tsx';

const MEMBER_COLUMNS: Column<ConsortiumMember>[] = [
  { key: 'company', header: 'Company', rowHeader: true, render: (member) => member.legalName },
  { key: 'country', header: 'Country', render: (member) => formatCountry(member.country) },
  {
    key: 'role',
    header: 'Role',
    render: (member) => (member.role === 'anchor' ? <span className="usa-tag bg-primary">Anchor</span> : 'Member'),
  },
];

/** A consortium's members: invite an existing company or a new one, remove a member, withdraw an invitation. */
export const ConsortiumPage = () => {
  const { id = '' } = useParams();
  const { user } = useSession();
  const consortium = useApi(() => api.consortium(id), [id]);
  const companies = useApi(() => api.companies(), []);
  const [selected, setSelected] = useState('');
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (consortium.loading && !consortium.data) return <Loading label="Loading the consortium" />;
  if (consortium.error || !consortium.data)
    return <ErrorAlert error={consortium.error ?? 'not found'} heading="The consortium could not be loaded" />;
  const current = consortium.data.consortium;
  const memberIds = new Set(current.members.map((member) => member.companyId));
  const canManage =
    user !== null &&
    user !== undefined &&
    can(actorOf(user), 'consortium.members.change', {
      kind: 'consortium',
      memberCompanyIds: [...memberIds],
      anchorCompanyId: current.members.find((member) => member.role === 'anchor')?.companyId ?? null,
    });
  const invitedIds = new Set(current.pendingInvitations.map((invitation) => invitation.companyId));
  const candidates = (companies.data?.companies ?? []).filter(
    (company) => !memberIds.has(company.id) && !invitedIds.has(company.id),
  );

  const run = async (work: () => Promise<{ consortium: typeof current }>, success: string) => {
    setBusy(true);
    setMessage(null);
    try {
      consortium.setData(await work());
      setMessage({ type: 'success', text: success });
      companies.reload();
    } catch (error) {
      setMessage({ type: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const addCompany = (company: Company) =>
    run(
      () => api.addMember(current.id, company.id),
      `${company.legalName} is invited: it joins once one of its users accepts (at once if you act for it).`,
    );

  const actionsColumn: Column<ConsortiumMember> = {
    key: 'actions',
    header: <span className="usa-sr-only">Actions</span>,
    render: (member) =>
      member.role !== 'anchor' && (
        <button
          type="button"
          className="usa-button usa-button--unstyled text-secondary-dark"
          disabled={busy}
          onClick={() => void run(() => api.removeMember(current.id, member.companyId), `${member.legalName} removed.`)}
        >
          Remove {member.legalName}
        </button>
      ),
  };

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
            <span>{current.name}</span>
          </li>
        </ol>
      </nav>
      <PageTitle title={current.name}>{current.name}</PageTitle>
      {current.description && <p className="usa-intro">{current.description}</p>}
      {message && (
        <Alert type={message.type} slim>
          {message.text}
        </Alert>
      )}
      <DataTable
        caption="Members"
        columns={canManage ? [...MEMBER_COLUMNS, actionsColumn] : MEMBER_COLUMNS}
        rows={current.members}
        rowKey={(member) => member.companyId}
      />
      {current.pendingInvitations.length > 0 && (
        <section aria-labelledby="invited-heading">
          <h2 id="invited-heading">Invited, waiting for an answer</h2>
          <ul className="usa-list">
            {current.pendingInvitations.map((invitation) => (
              <li key={invitation.id}>
                {invitation.legalName}
                {canManage && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="usa-button usa-button--unstyled text-secondary-dark"
                      disabled={busy}
                      onClick={() =>
                        void run(
                          () => api.removeMember(current.id, invitation.companyId),
                          `The invitation of ${invitation.legalName} is withdrawn.`,
                        )
                      }
                    >
                      Withdraw<span className="usa-sr-only"> the invitation of {invitation.legalName}</span>
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {canManage ? (
        <section aria-labelledby="add-member-heading">
          <h2 id="add-member-heading">Invite a member</h2>
          <form
            className="usa-form maxw-none aiex-inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              const company = candidates.find((c) => c.id === selected);
              if (company) void addCompany(company).then(() => setSelected(''));
            }}
          >
            <SelectField
              path="member-company"
              label="Existing company"
              className="margin-top-0"
              placeholder="— Select a company —"
              value={selected}
              onChange={setSelected}
              options={candidates.map((company) => ({
                value: company.id,
                label: `${company.legalName} (${company.countryOfIncorporation})`,
              }))}
            />
            <button type="submit" className="usa-button" disabled={busy || !selected}>
              Invite
            </button>
          </form>
          {creating ? (
            <CompanyForm
              onCancel={() => setCreating(false)}
              onCreated={(company) => {
                setCreating(false);
                void addCompany(company);
              }}
            />
          ) : (
            <button
              type="button"
              className="usa-button usa-button--outline margin-top-3"
              onClick={() => setCreating(true)}
            >
              Register a new company
            </button>
          )}
        </section>
      ) : (
        <p className="text-base-dark">Only applicants of the anchor member manage the members.</p>
      )}
    </>
  );
};
