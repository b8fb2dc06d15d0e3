import { useEffect, useState } from 'react';
import { AFFILIATION_RELATIONSHIPS, type AffiliationRelationship } from '../../../core/review/reviewer-profile.ts';
import { ApiError, api } from '../../api/client.ts';
import type { ReviewerProfileRequest } from '../../api/types.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { ErrorSummary, NumberField, SelectField, TextField } from '../../components/fields.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { APPLICATION_SECTORS, LAYER_KEYS, RELATIONSHIP_WORDS, tagWords } from './review-words.ts';

type Affiliation = {
  companyName: string;
  country: string;
  relationship: AffiliationRelationship | '';
  startDate: string;
  endDate: string;
};
const emptyAffiliation = (): Affiliation => ({
  companyName: '',
  country: '',
  relationship: '',
  startDate: '',
  endDate: '',
});

/** The reviewer's own profile: expertise tags, capacity, and declared affiliations (for conflicts of interest). */
export const ReviewerProfilePage = () => {
  const { data, error, loading } = useApi(() => api.myReviewerProfile(), []);
  const [tags, setTags] = useState<string[]>([]);
  const [regions, setRegions] = useState('');
  const [capacity, setCapacity] = useState<number | undefined>(6);
  const [affiliations, setAffiliations] = useState<Affiliation[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!data) return;
    const known = [...LAYER_KEYS, ...APPLICATION_SECTORS] as readonly string[];
    setTags(data.expertise.filter((t) => known.includes(t)));
    setRegions(data.expertise.filter((t) => !known.includes(t)).join(', '));
    setCapacity(data.capacity);
    setAffiliations(
      data.affiliations.map((a) => ({
        companyName: a.companyName,
        country: a.country ?? '',
        relationship: a.relationship,
        startDate: a.startDate,
        endDate: a.endDate ?? '',
      })),
    );
  }, [data]);

  const toggle = (tag: string, on: boolean) => setTags((now) => (on ? [...now, tag] : now.filter((t) => t !== tag)));
  const change = (i: number, patch: Partial<Affiliation>) =>
    setAffiliations((now) => now.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setSaveError(null);
    const regionTags = regions
      .split(/[\s,]+/)
      .map((t) => t.trim().toUpperCase())
      .filter(Boolean);
    const body = {
      expertise: [...tags, ...regionTags],
      capacity: capacity ?? Number.NaN,
      affiliations: affiliations.map((a) => ({
        companyName: a.companyName,
        country: a.country.trim() === '' ? null : a.country.trim().toUpperCase(),
        relationship: a.relationship,
        startDate: a.startDate,
        endDate: a.endDate === '' ? null : a.endDate,
      })),
    } as ReviewerProfileRequest;
    try {
      await api.saveMyReviewerProfile(body);
      setErrors({});
      setSaved(true);
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'invalid_input') {
        const fields = caught.fieldErrors();
        // expertise.N is a typed region (after the checked tags)
        const mapped: Record<string, string> = {};
        for (const [path, message] of Object.entries(fields)) {
          mapped[path.startsWith('expertise') ? 'regions' : path] = message;
        }
        setErrors(mapped);
        setAttempt((n) => n + 1);
      } else setSaveError(caught);
    }
  };

  if (loading && !data) return <Loading label="Loading your profile" />;
  return (
    <>
      <PageTitle title="My reviewer profile">My reviewer profile</PageTitle>
      <p className="usa-intro">
        Your expertise and capacity guide assignments. Declare every affiliation of the last 12 months: a proposal
        naming one of these companies is a conflict of interest (5 CFR 2635.502).
      </p>
      {error !== null && <ErrorAlert error={error} />}
      {saveError !== null && <ErrorAlert error={saveError} />}
      {saved && (
        <Alert type="success" slim>
          Profile saved.
        </Alert>
      )}
      {Object.keys(errors).length > 0 && <ErrorSummary errors={errors} focusKey={attempt} />}
      {data && (
        <form className="usa-form usa-form--large" onSubmit={save} noValidate>
          <p>
            Agency: <strong>{data.agency ?? 'not set (ask an administrator)'}</strong>
          </p>
          <fieldset className="usa-fieldset">
            <legend className="usa-legend usa-legend--large">Expertise: layers</legend>
            {LAYER_KEYS.map((key) => (
              <div className="usa-checkbox" key={key}>
                <input
                  className="usa-checkbox__input"
                  id={`tag-${key}`}
                  type="checkbox"
                  checked={tags.includes(key)}
                  onChange={(e) => toggle(key, e.target.checked)}
                />
                <label className="usa-checkbox__label" htmlFor={`tag-${key}`}>
                  {tagWords(key)}
                </label>
              </div>
            ))}
          </fieldset>
          <fieldset className="usa-fieldset">
            <legend className="usa-legend usa-legend--large">Expertise: application sectors</legend>
            {APPLICATION_SECTORS.map((key) => (
              <div className="usa-checkbox" key={key}>
                <input
                  className="usa-checkbox__input"
                  id={`tag-${key}`}
                  type="checkbox"
                  checked={tags.includes(key)}
                  onChange={(e) => toggle(key, e.target.checked)}
                />
                <label className="usa-checkbox__label" htmlFor={`tag-${key}`}>
                  {tagWords(key)}
                </label>
              </div>
            ))}
          </fieldset>
          <TextField
            path="regions"
            label="Countries and regions"
            hint="ISO country codes or bloc codes, separated by commas, e.g. AE, SA, GCC"
            value={regions}
            onChange={setRegions}
            error={errors.regions}
            required={false}
          />
          <NumberField
            path="capacity"
            label="Capacity (proposals at a time)"
            value={capacity}
            onChange={setCapacity}
            error={errors.capacity}
            width="sm"
          />
          <fieldset className="usa-fieldset">
            <legend className="usa-legend usa-legend--large">Affiliations</legend>
            {affiliations.length === 0 && <p>No affiliation declared.</p>}
            {affiliations.map((a, i) => (
              <fieldset
                className="usa-fieldset border-1px border-base-lighter padding-2 margin-bottom-2"
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
                key={i}
              >
                <legend className="usa-legend">Affiliation {i + 1}</legend>
                <TextField
                  path={`affiliations.${i}.companyName`}
                  label="Company name"
                  value={a.companyName}
                  onChange={(v) => change(i, { companyName: v })}
                  error={errors[`affiliations.${i}.companyName`]}
                />
                <TextField
                  path={`affiliations.${i}.country`}
                  label="Country"
                  hint="ISO code, e.g. US"
                  value={a.country}
                  onChange={(v) => change(i, { country: v })}
                  error={errors[`affiliations.${i}.country`]}
                  required={false}
                  uppercase
                  width="xs"
                />
                <SelectField
                  path={`affiliations.${i}.relationship`}
                  label="Relationship"
                  value={a.relationship}
                  onChange={(v) => change(i, { relationship: v as AffiliationRelationship })}
                  options={AFFILIATION_RELATIONSHIPS.map((r) => ({ value: r, label: RELATIONSHIP_WORDS[r] }))}
                  error={errors[`affiliations.${i}.relationship`]}
                />
                <TextField
                  path={`affiliations.${i}.startDate`}
                  label="Start date"
                  hint="YYYY-MM-DD"
                  value={a.startDate}
                  onChange={(v) => change(i, { startDate: v })}
                  error={errors[`affiliations.${i}.startDate`]}
                  width="md"
                />
                <TextField
                  path={`affiliations.${i}.endDate`}
                  label="End date"
                  hint="YYYY-MM-DD; empty while it continues"
                  value={a.endDate}
                  onChange={(v) => change(i, { endDate: v })}
                  error={errors[`affiliations.${i}.endDate`]}
                  required={false}
                  width="md"
                />
                <button
                  type="button"
                  className="usa-button usa-button--unstyled"
                  onClick={() => setAffiliations((now) => now.filter((_, j) => j !== i))}
                >
                  Remove affiliation {i + 1}
                </button>
              </fieldset>
            ))}
            <button
              type="button"
              className="usa-button usa-button--outline"
              onClick={() => setAffiliations((now) => [...now, emptyAffiliation()])}
            >
              Add an affiliation
            </button>
          </fieldset>
          <button type="submit" className="usa-button margin-top-3">
            Save profile
          </button>
        </form>
      )}
    </>
  );
};
