import { useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { CompanyDetail } from '../../api/types.ts';
import { ActionDialog } from '../../components/action-dialog.tsx';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { SelectField, TextArea } from '../../components/fields.tsx';
import { Loading } from '../../components/loading.tsx';
import { useApi } from '../../components/use-api.ts';

type Controller = CompanyDetail['controllers'][number];
type Basis = Controller['basis'];
type Errors = { controllerId?: string; basis?: string; detail?: string };

const BASIS_LABELS: Record<Basis, string> = {
  board_seats: 'Board seats',
  voting_agreement: 'Voting agreement',
  veto_rights: 'Veto rights',
  other: 'Other control',
};

/**
 * Control without equity over a company (board seats, voting agreements, veto rights): the recorded controllers,
 * and, for those who may record the company's owners, a form to add one and a button to remove each. Control
 * held from a country of concern makes a member "controlled" in the proposal's findings.
 */
export const ControlSection = ({
  companyId,
  canEdit,
  candidates,
}: {
  companyId: string;
  canEdit: boolean;
  candidates: { id: string; legalName: string; countryOfIncorporation: string }[];
}) => {
  const detail = useApi(() => api.company(companyId), [companyId]);
  const [controllerId, setControllerId] = useState('');
  const [basis, setBasis] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<Controller | null>(null);

  const save = async () => {
    setFailure(null);
    setNotice(null);
    const next: Errors = {};
    if (!controllerId) next.controllerId = 'Select the controller.';
    if (!basis) next.basis = 'Choose the basis of control.';
    if (text.trim().length < 3) next.detail = 'Describe the control, e.g. "appoints 3 of 5 directors".';
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      document.getElementById(`field-control-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await api.addController(companyId, { controllerId, basis: basis as Basis, detail: text.trim() });
      setNotice(
        `${candidates.find((c) => c.id === controllerId)?.legalName ?? 'Controller'} recorded as a controller.`,
      );
      setControllerId('');
      setBasis('');
      setText('');
      detail.reload();
    } catch (error) {
      if (error instanceof ApiError) {
        const fields = error.fieldErrors();
        setErrors({ controllerId: fields.controllerId, basis: fields.basis, detail: fields.detail });
      }
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const controllers = detail.data?.controllers ?? [];
  return (
    <section aria-labelledby="control-heading" className="margin-top-4">
      <h2 id="control-heading">Control without equity</h2>
      <p className="usa-hint">
        Board seats, voting agreements or veto rights held by someone, whatever their share. Control held from a country
        of concern makes the company controlled in the eligibility findings.
      </p>
      {notice && (
        <Alert type="success" slim>
          {notice}
        </Alert>
      )}
      {detail.error ? (
        <ErrorAlert error={detail.error} />
      ) : detail.loading && !detail.data ? (
        <Loading label="Loading controllers" />
      ) : controllers.length === 0 ? (
        <p>No control without equity is recorded.</p>
      ) : (
        <ul className="usa-list">
          {controllers.map((c) => (
            <li key={`${c.controllerId}-${c.basis}`}>
              <strong>{c.controllerName}</strong>: {BASIS_LABELS[c.basis]} — {c.detail}{' '}
              {canEdit && (
                <button
                  type="button"
                  className="usa-button usa-button--unstyled"
                  onClick={() => setRemoving(c)}
                  aria-label={`Remove ${BASIS_LABELS[c.basis].toLowerCase()} of ${c.controllerName}`}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form
          className="usa-form maxw-none"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <h3>Record control</h3>
          {failure && (
            <Alert type="error" slim>
              {failure}
            </Alert>
          )}
          <SelectField
            path="control.controllerId"
            label="Controller"
            hint="A company or person you registered or belong to."
            required
            value={controllerId}
            error={errors.controllerId}
            onChange={setControllerId}
            options={candidates.map((c) => ({ value: c.id, label: `${c.legalName} (${c.countryOfIncorporation})` }))}
          />
          <SelectField
            path="control.basis"
            label="Basis of control"
            required
            value={basis}
            error={errors.basis}
            onChange={setBasis}
            options={Object.entries(BASIS_LABELS).map(([value, label]) => ({ value, label }))}
          />
          <TextArea
            path="control.detail"
            label="What the control is"
            hint='For example "appoints 3 of 5 directors" or "veto over the annual budget".'
            required
            value={text}
            error={errors.detail}
            onChange={setText}
            rows={3}
          />
          <button type="submit" className="usa-button margin-top-2" disabled={busy}>
            {busy ? 'Saving…' : 'Record control'}
          </button>
        </form>
      )}
      <ActionDialog
        open={removing !== null}
        title={`Remove the control of ${removing?.controllerName ?? 'this controller'}?`}
        confirmLabel="Remove control"
        danger
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          await api.removeController(companyId, removing.controllerId, removing.basis);
          setNotice(`${removing.controllerName} removed from the controllers.`);
          detail.reload();
        }}
      >
        <p>The change is recorded in the audit trail.</p>
      </ActionDialog>
    </section>
  );
};
