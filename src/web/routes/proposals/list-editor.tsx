import { keepFocusOnMouseDown } from '../../components/fields.tsx';
import { type FieldDef, getIn } from './content-model.ts';
import { type EditorBindings, FieldFor } from './field-for.tsx';

const capitalize = (text: string) => text.replace(/^./, (c) => c.toUpperCase());

/** Line items of one list of the content (a layer, end users, financing requests): add, edit, remove. */
export const ListEditor = ({
  listPath,
  content,
  fields,
  noun,
  bind,
  onAdd,
  onRemove,
}: {
  listPath: string;
  content: unknown;
  fields: FieldDef[];
  noun: string;
  bind: EditorBindings;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) => {
  const items = (getIn(content, listPath) as unknown[] | undefined) ?? [];
  return (
    <div>
      {items.length === 0 && (
        <p className="text-base-dark" id={`${listPath.replaceAll('.', '-')}-empty`}>
          No {noun}s yet.
        </p>
      )}
      {items.map((_, index) => {
        const itemLabel = `${capitalize(noun)} ${index + 1}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: items have no ids; removing reindexes paths on purpose
          <fieldset key={index} className="usa-fieldset aiex-item">
            <legend className="usa-legend usa-legend--large aiex-item__legend">{itemLabel}</legend>
            <div className="aiex-item__grid">
              {fields.map((field) => {
                const path = `${listPath}.${index}.${field.key}`;
                return (
                  <div key={field.key} className={field.kind === 'textarea' ? 'aiex-item__wide' : undefined}>
                    <FieldFor field={field} path={path} value={getIn(content, path)} context={itemLabel} bind={bind} />
                  </div>
                );
              })}
            </div>
            {!bind.readOnly && (
              <button
                type="button"
                className="usa-button usa-button--unstyled text-secondary-dark margin-top-2"
                onClick={() => onRemove(index)}
              >
                Remove {noun} {index + 1}
              </button>
            )}
          </fieldset>
        );
      })}
      {!bind.readOnly && (
        <button
          type="button"
          className="usa-button usa-button--outline margin-top-2"
          onMouseDown={keepFocusOnMouseDown}
          onClick={onAdd}
        >
          Add {noun}
        </button>
      )}
    </div>
  );
};
