import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatCountry } from '../../../core/kernel/format-country.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { OpenCalls } from '../calls/open-calls.tsx';
import { optionsOf, SECTORS } from '../proposals/content-model.ts';
import { catalogTitle } from './catalog-title.ts';

/** Public catalog of designated packages (no login), filtered by country, sector and text. */
export const CatalogPage = () => {
  const [params, setParams] = useSearchParams();
  const country = params.get('country') ?? '';
  const sector = params.get('sector') ?? '';
  const q = params.get('q') ?? '';
  const [form, setForm] = useState({ country, sector, q });
  const { data, error, loading } = useApi(
    () => api.catalog({ country: country || undefined, sector: sector || undefined, q: q || undefined }),
    [country, sector, q],
  );

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (form.country.trim()) next.set('country', form.country.trim().toUpperCase());
    if (form.sector) next.set('sector', form.sector);
    if (form.q.trim()) next.set('q', form.q.trim());
    setParams(next);
  };
  const filtered = Boolean(country || sector || q);

  return (
    <>
      <PageTitle title="Catalog of priority AI export packages">Priority AI export packages</PageTitle>
      <p className="usa-intro">
        Full-stack American AI packages designated under Executive Order 14320: hardware, data, models, security and
        applications from U.S.-led consortia, ready to be offered to partner countries.
      </p>
      <OpenCalls />
      <div className="grid-row grid-gap-lg">
        <section className="tablet:grid-col-3" aria-labelledby="filter-heading">
          <div className="aiex-filter">
            <h2 id="filter-heading" className="font-heading-md">
              Filter
            </h2>
            <search>
              <form className="usa-form" onSubmit={apply} aria-label="Catalog filters">
                <label className="usa-label" htmlFor="catalog-q">
                  Search
                </label>
                <input
                  id="catalog-q"
                  className="usa-input"
                  type="search"
                  value={form.q}
                  onChange={(event) => setForm({ ...form, q: event.target.value })}
                />
                <label className="usa-label" htmlFor="catalog-country">
                  Country
                </label>
                <div className="usa-hint" id="catalog-country-hint">
                  two-letter ISO code, e.g. AE
                </div>
                <input
                  id="catalog-country"
                  className="usa-input usa-input--xs"
                  maxLength={2}
                  aria-describedby="catalog-country-hint"
                  value={form.country}
                  onChange={(event) => setForm({ ...form, country: event.target.value.toUpperCase() })}
                />
                <label className="usa-label" htmlFor="catalog-sector">
                  Sector
                </label>
                <select
                  id="catalog-sector"
                  className="usa-select"
                  value={form.sector}
                  onChange={(event) => setForm({ ...form, sector: event.target.value })}
                >
                  <option value="">Any sector</option>
                  {optionsOf(SECTORS).map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
                <div className="usa-button-group margin-top-3">
                  <button type="submit" className="usa-button">
                    Apply filters
                  </button>
                  {filtered && (
                    <button
                      type="button"
                      className="usa-button usa-button--unstyled padding-x-1"
                      onClick={() => {
                        setForm({ country: '', sector: '', q: '' });
                        setParams(new URLSearchParams());
                      }}
                    >
                      Clear
                    </button>
                  )}
                </div>
              </form>
            </search>
          </div>
        </section>
        <section className="tablet:grid-col-9" aria-labelledby="results-heading">
          <h2 id="results-heading" className="font-heading-md" aria-live="polite">
            {data ? `${data.packages.length} package${data.packages.length === 1 ? '' : 's'}` : 'Packages'}
            {filtered && ' matching the filters'}
          </h2>
          {loading && !data && <Loading label="Loading the catalog" />}
          {error ? <ErrorAlert error={error} heading="The catalog could not be loaded" /> : null}
          {data && data.packages.length === 0 && <p>No designated package matches.</p>}
          {data && data.packages.length > 0 && (
            <ul className="usa-collection">
              {data.packages.map((pkg) => (
                <li key={pkg.id} className="usa-collection__item">
                  <div className="usa-collection__body">
                    <h3 className="usa-collection__heading">
                      <Link className="usa-link" to={`/catalog/${pkg.id}`}>
                        {catalogTitle(pkg)}
                      </Link>
                    </h3>
                    <p className="usa-collection__description">{pkg.summary}</p>
                    <ul className="usa-collection__meta" aria-label="Details">
                      <li className="usa-collection__meta-item">{pkg.consortiumName}</li>
                      <li className="usa-collection__meta-item">Designated {formatDate(pkg.designatedAt)}</li>
                    </ul>
                    <ul className="usa-collection__meta" aria-label="Target regions and sectors">
                      {pkg.targets.map((code) => (
                        <li key={`t-${code}`} className="usa-collection__meta-item usa-tag bg-primary-lighter text-ink">
                          {formatCountry(code)}
                        </li>
                      ))}
                      {pkg.sectors.map((name) => (
                        <li
                          key={`s-${name}`}
                          className="usa-collection__meta-item usa-tag bg-accent-cool-lighter text-ink"
                        >
                          {name.replaceAll('-', ' ')}
                        </li>
                      ))}
                    </ul>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
};
