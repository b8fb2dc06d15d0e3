import { useState } from 'react';
import { Link } from 'react-router-dom';
import { AGENCIES, ROLES } from '../../../core/accounts/roles.ts';
import { GOVERNMENT_ROLES } from '../../../core/accounts/user-admin.ts';
import { ApiError, api } from '../../api/client.ts';
import type { Role, User } from '../../api/types.ts';
import { ROLE_LABELS } from '../../auth/roles.ts';
import { useSession } from '../../auth/session.tsx';
import { ActionDialog } from '../../components/action-dialog.tsx';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { ErrorSummary, SelectField, TextField } from '../../components/fields.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const AGENCY_OPTIONS = AGENCIES.map((agency) => ({ value: agency, label: agency }));

type Draft = { email: string; name: string; role: string; agency: string; companyIds: string[] };
const EMPTY: Draft = { email: '', name: '', role: '', agency: '', companyIds: [] };

/** The fields of a user's access: role, agency (government roles) and companies (applicants). */
const AccessFields = ({
  prefix,
  draft,
  errors,
  onChange,
  companies,
}: {
  prefix: string;
  draft: Draft;
  errors: Record<string, string>;
  onChange: (draft: Draft) => void;
  companies: { id: string; legalName: string }[];
}) => (
  <>
    <SelectField
      path={`${prefix}role`}
      label="Role"
      required
      placeholder="- Select a role -"
      options={ROLE_OPTIONS}
      value={draft.role}
      error={errors[`${prefix}role`]}
      onChange={(role) =>
        onChange({
          ...draft,
          role,
          agency: GOVERNMENT_ROLES.includes(role as Role) ? draft.agency : '',
          companyIds: role === 'applicant' ? draft.companyIds : [],
        })
      }
    />
    {GOVERNMENT_ROLES.includes(draft.role as Role) && (
      <SelectField
        path={`${prefix}agency`}
        label="Agency"
        required={false}
        placeholder="- None -"
        options={AGENCY_OPTIONS}
        value={draft.agency}
        error={errors[`${prefix}agency`]}
        onChange={(agency) => onChange({ ...draft, agency })}
      />
    )}
    {draft.role === 'applicant' && (
      <fieldset className="usa-fieldset margin-top-2" id={`field-${prefix}companyIds`}>
        <legend className="usa-legend">Companies the user acts for</legend>
        {errors[`${prefix}companyIds`] && <span className="usa-error-message">{errors[`${prefix}companyIds`]}</span>}
        {companies.length === 0 && <p>No company is registered yet.</p>}
        {companies.map((company) => {
          const id = `${prefix}company-${company.id}`;
          return (
            <div className="usa-checkbox" key={company.id}>
              <input
                className="usa-checkbox__input"
                id={id}
                type="checkbox"
                checked={draft.companyIds.includes(company.id)}
                onChange={(event) =>
                  onChange({
                    ...draft,
                    companyIds: event.target.checked
                      ? [...draft.companyIds, company.id]
                      : draft.companyIds.filter((c) => c !== company.id),
                  })
                }
              />
              <label className="usa-checkbox__label" htmlFor={id}>
                {company.legalName}
              </label>
            </div>
          );
        })}
      </fieldset>
    )}
  </>
);

const fieldErrorsOf = (caught: unknown, prefix: string): Record<string, string> | null =>
  caught instanceof ApiError && caught.details.length > 0
    ? Object.fromEntries(caught.details.map((d) => [`${prefix}${d.path}`, d.message]))
    : null;

/** Admins: the users, an invitation form, and per user: edit access, deactivate or reactivate, reset 2FA. */
export const UsersPage = () => {
  const { user: me } = useSession();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [applied, setApplied] = useState<{ search: string; role: Role | '' }>({ search: '', role: '' });
  const users = useApi(() => api.users(applied), [applied]);
  const companies = useApi(() => api.companies(), []);
  const [invite, setInvite] = useState<Draft>(EMPTY);
  const [inviteErrors, setInviteErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ user: User; draft: Draft } | null>(null);
  const [editErrors, setEditErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<User | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const companyList = companies.data?.companies ?? [];

  const submitInvite = async () => {
    const errors: Record<string, string> = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(invite.email.trim())) errors.email = 'Enter an email address';
    if (invite.name.trim() === '') errors.name = 'Enter the person’s name';
    if (invite.role === '') errors.role = 'Choose a role';
    setInviteErrors(errors);
    setAttempt((n) => n + 1);
    setNotice(null);
    if (Object.keys(errors).length > 0) return;
    try {
      const result = await api.inviteUser({
        email: invite.email.trim(),
        name: invite.name.trim(),
        role: invite.role as Role,
        ...(invite.agency ? { agency: invite.agency as (typeof AGENCIES)[number] } : {}),
        ...(invite.companyIds.length ? { companyIds: invite.companyIds } : {}),
      });
      setInvite(EMPTY);
      setNotice(`Invited ${result.user.email}: the invitation mail with a one-time link is in the outbox.`);
      users.reload();
    } catch (caught) {
      const fields = fieldErrorsOf(caught, '');
      if (fields) setInviteErrors(fields);
      else setInviteErrors({ email: caught instanceof Error ? caught.message : String(caught) });
      setAttempt((n) => n + 1);
    }
  };

  const saveEdit = async () => {
    if (!editing) return;
    const { user, draft } = editing;
    try {
      await api.changeUser(user.id, {
        name: draft.name.trim(),
        role: draft.role as Role,
        agency: draft.agency ? (draft.agency as (typeof AGENCIES)[number]) : null,
        companyIds: draft.companyIds,
      });
      setEditing(null);
      setEditErrors({});
      setNotice(`Saved the changes to ${user.email}.`);
      users.reload();
    } catch (caught) {
      const fields = fieldErrorsOf(caught, 'edit-');
      setEditErrors(fields ?? { 'edit-role': caught instanceof Error ? caught.message : String(caught) });
    }
  };

  const act = async (action: () => Promise<string>) => {
    setFailure(null);
    setNotice(null);
    try {
      setNotice(await action());
      users.reload();
    } catch (caught) {
      setFailure(caught);
    }
  };

  const columns: Column<User>[] = [
    { key: 'name', header: 'Name', rowHeader: true, render: (u) => u.name },
    { key: 'email', header: 'Email', render: (u) => u.email },
    {
      key: 'role',
      header: 'Role',
      render: (u) => `${ROLE_LABELS[u.role]}${u.agency ? `, ${u.agency}` : ''}`,
    },
    { key: 'companies', header: 'Companies', render: (u) => u.companyIds.length || '' },
    { key: 'status', header: 'Status', render: (u) => u.status },
    { key: 'totp', header: 'Two-factor', render: (u) => (u.totpEnabled ? 'on' : 'off') },
    {
      key: 'actions',
      header: <span className="usa-sr-only">Actions</span>,
      render: (u) => (
        <ul className="usa-button-group usa-button-group--segmented aiex-row-actions">
          <li className="usa-button-group__item">
            <button
              type="button"
              className="usa-button usa-button--outline usa-button--small"
              aria-label={`Edit ${u.email}`}
              onClick={() => {
                setEditErrors({});
                setEditing({
                  user: u,
                  draft: {
                    email: u.email,
                    name: u.name,
                    role: u.role,
                    agency: u.agency ?? '',
                    companyIds: u.companyIds,
                  },
                });
              }}
            >
              Edit
            </button>
          </li>
          {u.id !== me?.id && (
            <li className="usa-button-group__item">
              {u.status === 'deactivated' ? (
                <button
                  type="button"
                  className="usa-button usa-button--outline usa-button--small"
                  aria-label={`Reactivate ${u.email}`}
                  onClick={() =>
                    void act(async () => {
                      await api.setUserActive(u.id, true);
                      return `Reactivated ${u.email}.`;
                    })
                  }
                >
                  Reactivate
                </button>
              ) : (
                <button
                  type="button"
                  className="usa-button usa-button--secondary usa-button--small"
                  aria-label={`Deactivate ${u.email}`}
                  onClick={() => setConfirming(u)}
                >
                  Deactivate
                </button>
              )}
            </li>
          )}
          {u.totpEnabled && (
            <li className="usa-button-group__item">
              <button
                type="button"
                className="usa-button usa-button--outline usa-button--small"
                aria-label={`Turn off two-factor sign-in of ${u.email}`}
                onClick={() =>
                  void act(async () => {
                    await api.resetUserTotp(u.id);
                    return `Two-factor sign-in of ${u.email} is off.`;
                  })
                }
              >
                Reset 2FA
              </button>
            </li>
          )}
        </ul>
      ),
    },
  ];

  return (
    <>
      <PageTitle title="Users">Users</PageTitle>
      <p>
        Invite people, change their role, agency or companies, and deactivate accounts. Every change is in the audit
        trail with its before and after. <Link to="/admin/outbox">Mail outbox</Link> (demo mode).
      </p>
      {notice && (
        <Alert type="success" slim>
          {notice}
        </Alert>
      )}
      {failure ? <ErrorAlert error={failure} heading="That did not work" /> : null}
      <form
        className="margin-bottom-2 aiex-filters"
        aria-label="Filter users"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied({ search, role });
        }}
      >
        <div className="grid-row grid-gap">
          <TextField
            path="search"
            label="Search by name or email"
            required={false}
            value={search}
            onChange={setSearch}
          />
          <SelectField
            path="filter-role"
            label="Role"
            required={false}
            placeholder="All roles"
            options={ROLE_OPTIONS}
            value={role}
            onChange={(value) => setRole(value as Role | '')}
          />
          <button type="submit" className="usa-button margin-top-4 height-5">
            Filter
          </button>
        </div>
      </form>
      {users.loading && !users.data && <Loading label="Loading users" />}
      {users.error ? <ErrorAlert error={users.error} heading="The users could not be loaded" /> : null}
      {users.data && (
        <DataTable
          columns={columns}
          rows={users.data.users}
          rowKey={(u) => u.id}
          caption="Users"
          captionHidden
          scrollLabel="Users"
          empty="No user matches."
        />
      )}
      {editing && (
        <section aria-labelledby="edit-heading" className="aiex-panel margin-top-3">
          <h2 id="edit-heading">Edit {editing.user.email}</h2>
          <form
            className="usa-form usa-form--large"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void saveEdit();
            }}
          >
            <TextField
              path="edit-name"
              label="Name"
              required
              value={editing.draft.name}
              error={editErrors['edit-name']}
              onChange={(name) => setEditing({ ...editing, draft: { ...editing.draft, name } })}
            />
            <AccessFields
              prefix="edit-"
              draft={editing.draft}
              errors={editErrors}
              companies={companyList}
              onChange={(draft) => setEditing({ ...editing, draft })}
            />
            <button type="submit" className="usa-button margin-top-3">
              Save changes
            </button>
            <button
              type="button"
              className="usa-button usa-button--unstyled margin-top-3"
              onClick={() => setEditing(null)}
            >
              Cancel
            </button>
          </form>
        </section>
      )}
      <section aria-labelledby="invite-heading" className="margin-top-4">
        <h2 id="invite-heading">Invite a user</h2>
        <ErrorSummary errors={inviteErrors} focusKey={attempt} />
        <form
          className="usa-form usa-form--large"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submitInvite();
          }}
        >
          <TextField
            path="email"
            label="Email address"
            type="email"
            required
            value={invite.email}
            error={inviteErrors.email}
            onChange={(email) => setInvite({ ...invite, email })}
          />
          <TextField
            path="name"
            label="Name"
            required
            value={invite.name}
            error={inviteErrors.name}
            onChange={(name) => setInvite({ ...invite, name })}
          />
          <AccessFields prefix="" draft={invite} errors={inviteErrors} companies={companyList} onChange={setInvite} />
          <button type="submit" className="usa-button margin-top-3">
            Send invitation
          </button>
        </form>
      </section>
      <ActionDialog
        open={confirming !== null}
        title={`Deactivate ${confirming?.email ?? ''}?`}
        confirmLabel="Deactivate"
        danger
        onClose={() => setConfirming(null)}
        onConfirm={async () => {
          if (!confirming) return;
          const result = await api.setUserActive(confirming.id, false);
          setNotice(
            `Deactivated ${confirming.email}; ${result.sessionsEnded} session${result.sessionsEnded === 1 ? '' : 's'} ended.`,
          );
          users.reload();
        }}
      >
        <p>They can no longer log in and every session they have open ends now. You can reactivate them later.</p>
      </ActionDialog>
    </>
  );
};
