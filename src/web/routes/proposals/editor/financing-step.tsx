import { emptyFinancing, FINANCING_FIELDS } from '../content-model.ts';
import { ListEditor } from '../list-editor.tsx';
import type { ProposalDraft } from './use-proposal-draft.ts';

/** The federal financing requested; never shown in the public catalog. */
export const FinancingStep = ({ draft }: { draft: ProposalDraft }) => (
  <div>
    <p className="usa-intro margin-top-0">
      Federal support requested through EDAG. Financing requests are never shown in the public catalog.
    </p>
    <ListEditor
      listPath="financing"
      content={draft.content}
      fields={FINANCING_FIELDS}
      noun="financing request"
      bind={draft.bind}
      onAdd={() => draft.addItem('financing', emptyFinancing())}
      onRemove={(index) => draft.removeItem('financing', index)}
    />
  </div>
);
