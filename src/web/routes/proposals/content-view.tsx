import { formatCountry } from '../../../core/kernel/format-country.ts';
import type { ProposalContent } from '../../api/types.ts';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatUsd, formatValue } from '../../components/format.ts';
import {
  FINANCING_FIELDS,
  type FieldDef,
  LAYER_FIELDS,
  LAYER_KEYS,
  LAYER_TITLES,
  OPERATING_ROLES,
  PARTY_FIELDS,
} from './content-model.ts';

const isBci = (bci: readonly string[], path: string) =>
  bci.some((mark) => {
    const pattern = mark.split('.');
    const parts = path.split('.');
    return pattern.length <= parts.length && pattern.every((seg, i) => seg === '*' || seg === parts[i]);
  });

const BciTag = () => (
  <span className="usa-tag bg-gold text-ink margin-left-05" title="Business confidential information">
    BCI
  </span>
);

const cell = (field: FieldDef, value: unknown) =>
  field.kind === 'number' && field.key.endsWith('Usd')
    ? formatUsd(value as number)
    : field.kind === 'country' && typeof value === 'string'
      ? formatCountry(value)
      : formatValue(value);

const ItemsTable = ({
  caption,
  items,
  fields,
  listPath,
  bci,
}: {
  caption: string;
  items: Record<string, unknown>[];
  fields: FieldDef[];
  listPath: string;
  bci: readonly string[];
}) => {
  const columns: Column<Record<string, unknown>>[] = [
    { key: '#', header: '#', render: (_, index) => index + 1 },
    ...fields
      .filter(
        (field) =>
          field.kind !== 'textarea' && (!field.optional || items.some((item) => item[field.key] !== undefined)),
      )
      .map(
        (field): Column<Record<string, unknown>> => ({
          key: field.key,
          header: field.short ?? field.label,
          render: (item, index) => (
            <>
              {cell(field, item[field.key])}
              {isBci(bci, `${listPath}.${index}.${field.key}`) && <BciTag />}
            </>
          ),
        }),
      ),
  ];
  const described = items.some((item) => typeof item.description === 'string' && item.description);
  return (
    <DataTable
      caption={caption}
      captionHidden
      columns={columns}
      rows={items}
      // read-only list in content order
      rowKey={(_, index) => index}
      compact
      scrollLabel={`${caption}, table`}
      empty="None."
      emptyClassName="text-base-dark"
      after={
        described && (
          <ul className="usa-list font-body-xs">
            {items.map((item, index) =>
              typeof item.description === 'string' && item.description ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: read-only list in content order
                <li key={index}>
                  <strong>#{index + 1}</strong>: {item.description}
                  {isBci(bci, `${listPath}.${index}.description`) && <BciTag />}
                </li>
              ) : null,
            )}
          </ul>
        )
      }
    />
  );
};

/** Read-only rendering of a proposal's content (a draft or a frozen version), BCI marks tagged. */
export const ContentView = ({ content }: { content: ProposalContent }) => {
  const bci = content.bci ?? [];
  return (
    <div className="aiex-content-view">
      <h2>{content.title}</h2>
      <p className="font-body-md maxw-tablet-lg">
        {content.summary || <span className="text-base">No summary.</span>}
        {isBci(bci, 'summary') && <BciTag />}
      </p>
      <p>
        <strong>Targets: </strong>
        {content.targets.length === 0
          ? 'none'
          : content.targets.map((code) => (
              <span key={code} className="usa-tag bg-primary-lighter text-ink margin-right-05">
                {formatCountry(code)}
              </span>
            ))}
      </p>
      {LAYER_KEYS.map((key) => (
        <section key={key} aria-labelledby={`layer-${key}`}>
          <h3 id={`layer-${key}`}>{LAYER_TITLES[key]}</h3>
          <ItemsTable
            caption={LAYER_TITLES[key]}
            items={content.layers[key] as Record<string, unknown>[]}
            fields={LAYER_FIELDS[key]}
            listPath={`layers.${key}`}
            bci={bci}
          />
        </section>
      ))}
      <section aria-labelledby="view-operating-model">
        <h3 id="view-operating-model">Operating model</h3>
        <dl className="aiex-dl">
          {OPERATING_ROLES.map((role) => {
            const party = content.operatingModel?.[role.key];
            return (
              <div key={role.key}>
                <dt>{role.label}</dt>
                <dd>
                  {party ? `${party.name}, ${formatCountry(party.country)}` : '—'}
                  {isBci(bci, `operatingModel.${role.key}`) && <BciTag />}
                </dd>
              </div>
            );
          })}
        </dl>
        {content.operatingModel?.description && (
          <p>
            {content.operatingModel.description}
            {isBci(bci, 'operatingModel.description') && <BciTag />}
          </p>
        )}
        <h4>End users</h4>
        <ItemsTable
          caption="End users"
          items={content.endUsers as Record<string, unknown>[]}
          fields={PARTY_FIELDS}
          listPath="endUsers"
          bci={bci}
        />
      </section>
      <section aria-labelledby="view-financing">
        <h3 id="view-financing">Financing requested</h3>
        <ItemsTable
          caption="Financing requested"
          items={content.financing as Record<string, unknown>[]}
          fields={FINANCING_FIELDS}
          listPath="financing"
          bci={bci}
        />
      </section>
    </div>
  );
};
