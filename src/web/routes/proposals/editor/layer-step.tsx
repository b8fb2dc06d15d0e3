import { emptyLayerItem, LAYER_FIELDS, LAYER_ITEM_NOUN, type LayerKey } from '../content-model.ts';
import { ListEditor } from '../list-editor.tsx';
import type { ProposalDraft } from './use-proposal-draft.ts';

/** Steps 2 to 6: the items of one layer of the package. */
export const LayerStep = ({ layer, draft }: { layer: LayerKey; draft: ProposalDraft }) => (
  <ListEditor
    listPath={`layers.${layer}`}
    content={draft.content}
    fields={LAYER_FIELDS[layer]}
    noun={LAYER_ITEM_NOUN[layer]}
    bind={draft.bind}
    onAdd={() => draft.addItem(`layers.${layer}`, emptyLayerItem(layer))}
    onRemove={(index) => draft.removeItem(`layers.${layer}`, index)}
  />
);
