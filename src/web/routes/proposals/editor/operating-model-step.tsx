import { TextArea } from '../../../components/fields.tsx';
import { emptyParty, OPERATING_ROLES, PARTY_FIELDS } from '../content-model.ts';
import { FieldFor } from '../field-for.tsx';
import { ListEditor } from '../list-editor.tsx';
import type { ProposalDraft } from './use-proposal-draft.ts';

/** Who builds, owns and operates the infrastructure, the operating model, and the named end users. */
export const OperatingModelStep = ({ draft }: { draft: ProposalDraft }) => {
  const { content, bind, change } = draft;
  return (
    <div>
      <p className="usa-intro margin-top-0">Who builds, owns and operates the data centers and infrastructure.</p>
      {OPERATING_ROLES.map((role) => (
        <fieldset key={role.key} className="usa-fieldset aiex-item">
          <legend className="usa-legend usa-legend--large aiex-item__legend">
            {role.label} <span className="text-base text-normal font-body-xs">({role.hint}; optional)</span>
          </legend>
          <div className="aiex-item__grid">
            {PARTY_FIELDS.map((field) => {
              const party = content.operatingModel[role.key] as Record<string, unknown> | undefined;
              return (
                <FieldFor
                  key={field.key}
                  field={{ ...field, optional: true }}
                  path={`operatingModel.${role.key}.${field.key}`}
                  value={party?.[field.key]}
                  context={role.label}
                  bind={bind}
                />
              );
            })}
          </div>
        </fieldset>
      ))}
      <TextArea
        path="operatingModel.description"
        label="Business and operating model"
        rows={4}
        required={false}
        value={content.operatingModel.description}
        onBlur={bind.onBlur}
        onChange={(value) => change('operatingModel.description', value)}
        bci={{
          checked: bind.bci.has('operatingModel.description'),
          onToggle: (checked) => bind.onToggleBci('operatingModel.description', checked),
          context: 'Operating model description',
        }}
      />
      <h3>Named end users</h3>
      <ListEditor
        listPath="endUsers"
        content={content}
        fields={PARTY_FIELDS}
        noun="end user"
        bind={bind}
        onAdd={() => draft.addItem('endUsers', emptyParty())}
        onRemove={(index) => draft.removeItem('endUsers', index)}
      />
    </div>
  );
};
