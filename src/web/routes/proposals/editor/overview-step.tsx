import { TextArea, TextField } from '../../../components/fields.tsx';
import type { ProposalDraft } from './use-proposal-draft.ts';

const parseTargets = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);

/** Step 1: title, summary and target countries or blocs. */
export const OverviewStep = ({ draft }: { draft: ProposalDraft }) => {
  const { content, visibleErrors, bind, change, targetsText, setTargetsText } = draft;
  return (
    <div>
      <TextField
        path="title"
        label="Title"
        required
        value={content.title}
        error={visibleErrors.title}
        onBlur={bind.onBlur}
        onChange={(value) => change('title', value)}
      />
      <TextArea
        path="summary"
        label="Summary"
        hint="What the package delivers, to whom, and why it matters."
        rows={5}
        required={false}
        value={content.summary}
        error={visibleErrors.summary}
        onBlur={bind.onBlur}
        onChange={(value) => change('summary', value)}
        bci={{
          checked: bind.bci.has('summary'),
          onToggle: (checked) => bind.onToggleBci('summary', checked),
          context: 'Summary',
        }}
      />
      <TextField
        path="targets"
        label="Target countries or regional blocs"
        hint="ISO 3166-1 alpha-2 codes or bloc codes, separated by commas, e.g. AE, SA, GCC"
        value={targetsText}
        error={
          visibleErrors.targets ??
          Object.entries(visibleErrors)
            .filter(([path]) => path.startsWith('targets.'))
            .map(([path, text]) => `${content.targets[Number(path.split('.')[1])] ?? ''}: ${text}`)
            .join('; ')
        }
        onBlur={() => {
          bind.onBlur('targets');
          setTargetsText(parseTargets(targetsText).join(', '));
        }}
        onChange={(value) => {
          setTargetsText(value);
          change('targets', parseTargets(value));
        }}
      />
      {content.targets.length > 0 && (
        <p className="margin-top-1">
          {content.targets.map((code) => (
            <span key={code} className="usa-tag bg-primary-lighter text-ink margin-right-1">
              {code}
            </span>
          ))}
        </p>
      )}
    </div>
  );
};
