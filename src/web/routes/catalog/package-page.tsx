import { Link, useParams } from 'react-router-dom';
import { formatCountry } from '../../../core/kernel/format-country.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatDate, formatUsd, formatValue } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { LAYER_FIELDS, LAYER_KEYS, LAYER_TITLES } from '../proposals/content-model.ts';
import { catalogTitle } from './catalog-title.ts';

const VENDOR_KEYS = ['maker', 'provider', 'developer'];

/** One designated package as the public sees it: only what the API returns (BCI removed server-side). */
export const PackagePage = () => {
  const { id = '' } = useParams();
  const { data, error, loading } = useApi(() => api.catalogPackage(id), [id]);
  if (loading && !data) return <Loading label="Loading the package" />;
  if (error || !data)
    return (
      <>
        <PageTitle title="Package">Package</PageTitle>
        <ErrorAlert error={error ?? 'not found'} heading="The package could not be loaded" />
        <Link to="/catalog">Back to the catalog</Link>
      </>
    );
  const pkg = data.package;
  const vendors =
    pkg.vendors ??
    [
      ...new Set(
        LAYER_KEYS.flatMap((key) =>
          (pkg.layers[key] ?? []).flatMap((item) =>
            VENDOR_KEYS.map((k) => (item as Record<string, unknown>)[k]).filter(
              (v): v is string => typeof v === 'string',
            ),
          ),
        ),
      ),
    ].sort();

  return (
    <>
      <nav className="usa-breadcrumb padding-top-0" aria-label="Breadcrumbs">
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" to="/catalog">
              <span>Catalog</span>
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
            <span>{catalogTitle(pkg)}</span>
          </li>
        </ol>
      </nav>
      <PageTitle title={catalogTitle(pkg)}>{catalogTitle(pkg)}</PageTitle>
      <p className="usa-intro">{pkg.summary}</p>
      <dl className="aiex-dl aiex-panel aiex-facts">
        <div>
          <dt>Consortium</dt>
          <dd>{pkg.consortiumName}</dd>
        </div>
        <div>
          <dt>Designated</dt>
          <dd>{formatDate(pkg.designatedAt)}</dd>
        </div>
        <div>
          <dt>Target regions</dt>
          <dd>
            {pkg.targets.map((code) => (
              <span key={code} className="usa-tag bg-primary-lighter text-ink margin-right-05">
                {formatCountry(code)}
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>Sectors</dt>
          <dd>{pkg.sectors.map((s) => s.replaceAll('-', ' ')).join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>Vendors</dt>
          <dd>
            <ul className="usa-list usa-list--unstyled">
              {vendors.map((vendor) => (
                <li key={vendor}>{vendor}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <div>
        {LAYER_KEYS.map((key) => {
          const items = (pkg.layers[key] ?? []) as Record<string, unknown>[];
          const columns = LAYER_FIELDS[key]
            .filter((field) => field.kind !== 'textarea' && items.some((item) => item[field.key] !== undefined))
            .map(
              (field): Column<Record<string, unknown>> => ({
                key: field.key,
                header: field.short ?? field.label,
                render: (item) =>
                  field.key.endsWith('Usd') ? formatUsd(item[field.key] as number) : formatValue(item[field.key]),
              }),
            );
          return (
            <section key={key} aria-labelledby={`pkg-${key}`}>
              <h2 id={`pkg-${key}`} className="font-heading-lg">
                {LAYER_TITLES[key]}
              </h2>
              <DataTable
                columns={columns}
                rows={items}
                // read-only list in content order
                rowKey={(_, index) => index}
                compact
                scrollLabel={`${LAYER_TITLES[key]}, table`}
                empty="No public items."
                emptyClassName="text-base-dark"
              />
            </section>
          );
        })}
      </div>
    </>
  );
};
