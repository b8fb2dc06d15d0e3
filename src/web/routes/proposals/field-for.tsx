import { NumberField, SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { type FieldDef, optionsOf } from './content-model.ts';

export type EditorBindings = {
  errors: Record<string, string>;
  bci: ReadonlySet<string>;
  readOnly?: boolean;
  onChange: (path: string, value: unknown) => void;
  onToggleBci: (path: string, checked: boolean) => void;
  onBlur: (path: string) => void;
};

/** One field of the proposal content at a dotted path, with its error and its "business confidential" mark. */
export const FieldFor = ({
  field,
  path,
  value,
  context,
  bind,
}: {
  field: FieldDef;
  path: string;
  value: unknown;
  /** read by screen readers after "Business confidential", e.g. "Hardware item 1, Value (USD)" */
  context: string;
  bind: EditorBindings;
}) => {
  const common = {
    path,
    label: field.label,
    hint: field.hint,
    error: bind.errors[path],
    required: !field.optional,
    onBlur: bind.onBlur,
    bci: {
      checked: bind.bci.has(path),
      onToggle: (checked: boolean) => bind.onToggleBci(path, checked),
      context: `${context}, ${field.label}`,
    },
  };
  switch (field.kind) {
    case 'number':
      return (
        <NumberField
          {...common}
          width="md"
          value={typeof value === 'number' ? value : undefined}
          onChange={(next) => bind.onChange(path, next)}
        />
      );
    case 'select':
      return (
        <SelectField
          {...common}
          value={typeof value === 'string' ? value : ''}
          options={optionsOf(field.options ?? [])}
          onChange={(next) => bind.onChange(path, next)}
        />
      );
    case 'textarea':
      return (
        <TextArea
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(next) => bind.onChange(path, next)}
        />
      );
    case 'country':
      return (
        <TextField
          {...common}
          hint={field.hint ?? 'two-letter ISO code, e.g. US'}
          width="xs"
          maxLength={2}
          uppercase
          value={typeof value === 'string' ? value : ''}
          onChange={(next) => bind.onChange(path, next === '' && field.optional ? undefined : next)}
        />
      );
    default:
      return (
        <TextField
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(next) => bind.onChange(path, next)}
        />
      );
  }
};
