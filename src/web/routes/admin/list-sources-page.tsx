import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ProgramSettings } from '../../../core/eligibility/program-settings.ts';
import { api } from '../../api/client.ts';
import type { ListSourcesOverview } from '../../api/types.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { ErrorSummary, fieldId, NumberField, TextArea } from '../../components/fields.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { saveSettings } from './save-settings.ts';
import { settingLabel } from './settings-fields.ts';

type Source = ListSourcesOverview['sources'][number];

const OUTCOME_LABELS: Record<NonNullable<Source['lastRefresh']>['outcome'], string> = {
  imported: 'New version imported',
  unchanged: 'Unchanged at the source',
  duplicate: 'Same content as in use',
  refused: 'Refused',
  failed: 'Failed',
};

/** Where the interval in force comes from, in words. */
const scheduleOrigin = (schedule: ListSourcesOverview['schedule']): string => {
  switch (schedule.origin) {
    case 'environment':
      return `Set on the server by AIEXPORTS_LIST_REFRESH_HOURS=${schedule.environmentHours}, which overrides the program setting (${schedule.settingHours} h) until it is removed.`;
    case 'demo':
      return `Off: demo mode runs no schedule (the program setting is ${schedule.settingHours} h).`;
    case 'not-running':
      return `Off in this process: it runs no background work (the program setting is ${schedule.settingHours} h).`;
    default:
      return 'From the program setting “Refresh interval”, editable below.';
  }
};

const columns: Column<Source>[] = [
  { key: 'source', header: 'Source', rowHeader: true, render: (s) => s.source },
  {
    key: 'url',
    header: 'Official URL',
    render: (s) => (
      <a className="usa-link aiex-break" href={s.url} rel="noreferrer noopener" target="_blank">
        {s.url}
        <span className="usa-sr-only"> (opens in a new tab)</span>
      </a>
    ),
  },
  { key: 'format', header: 'Format', render: (s) => s.format },
  { key: 'enabled', header: 'On schedule', render: (s) => (s.enabled ? 'Enabled' : 'Disabled') },
  {
    key: 'current',
    header: 'List in use',
    render: (s) =>
      s.current ? (
        <>
          {s.current.asOf}, {s.current.entryCount.toLocaleString('en-US')} entries, {s.current.ageDays} days old
          {s.current.stale && <span className="usa-tag bg-secondary-dark margin-left-1">stale</span>}
        </>
      ) : (
        'none loaded'
      ),
  },
  {
    key: 'last',
    header: 'Last refresh',
    render: (s) =>
      s.lastRefresh ? (
        <>
          {formatDateTime(s.lastRefresh.finishedAt)}: <strong>{OUTCOME_LABELS[s.lastRefresh.outcome]}</strong>
          <div className="text-base-dark">{s.lastRefresh.message}</div>
        </>
      ) : (
        'never'
      ),
  },
  {
    key: 'next',
    header: 'Next due',
    render: (s) => (
      <>
        {s.nextDue ? formatDateTime(s.nextDue) : '—'}
        <div className="text-base-dark">{s.nextDueNote}</div>
      </>
    ),
  },
];

/** The schedule form: interval, maximum list age and which sources are refreshed; saved as a settings version. */
const ScheduleForm = ({
  overview,
  current,
  onSaved,
}: {
  overview: ListSourcesOverview;
  current: ProgramSettings;
  onSaved: () => void;
}) => {
  const [hours, setHours] = useState<number | undefined>(current.listRefreshHours);
  const [maxAge, setMaxAge] = useState<number | undefined>(current.maxListAgeDays);
  const [disabled, setDisabled] = useState<string[]>(current.disabledListSources);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(null);
    setSaving(true);
    const outcome = await saveSettings(
      {
        ...current,
        listRefreshHours: hours as number,
        maxListAgeDays: maxAge as number,
        disabledListSources: disabled,
      },
      reason,
    );
    setSaving(false);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setReason('');
    setSaved(outcome.version.version);
    onSaved();
  };

  const summaryErrors = Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [path === 'reason' ? 'schedule-reason' : path, message]),
  );
  return (
    <section aria-labelledby="schedule-edit" className="margin-top-4">
      <h2 id="schedule-edit">Change the schedule</h2>
      <p className="margin-top-0">
        Saved as a new version of the program settings, with your reason, in the audit trail.
      </p>
      <ErrorSummary
        errors={summaryErrors}
        focusKey={attempt}
        labelFor={(path) => (path === 'schedule-reason' ? 'Reason for the change' : path ? settingLabel(path) : 'Form')}
      />
      {saved !== null && (
        <Alert type="success" heading={`Version ${saved} saved`} slim>
          The schedule takes effect at the server's next check (within 10 minutes).
        </Alert>
      )}
      {overview.schedule.origin === 'environment' && (
        <Alert type="warning" slim>
          The server's AIEXPORTS_LIST_REFRESH_HOURS overrides the refresh interval saved here.
        </Alert>
      )}
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <NumberField
          path="listRefreshHours"
          label="Refresh interval (hours)"
          hint="Hours between scheduled refreshes of each enabled source; 0 turns the schedule off."
          error={errors.listRefreshHours}
          value={hours}
          onChange={setHours}
          width="sm"
        />
        <NumberField
          path="maxListAgeDays"
          label="Maximum list age (days)"
          hint="A list in use older than this raises a “list stale” alert; parties screened only against stale lists count as not screened."
          error={errors.maxListAgeDays}
          value={maxAge}
          onChange={setMaxAge}
          width="sm"
        />
        <fieldset className="usa-fieldset margin-top-3" aria-describedby="sources-hint">
          <legend className="usa-legend">Sources refreshed on schedule</legend>
          <div className="usa-hint" id="sources-hint">
            A disabled source keeps its list in use and can still be refreshed by hand on the screening lists page.
          </div>
          {errors.disabledListSources && (
            <span className="usa-error-message" id={`${fieldId('disabledListSources')}-error`}>
              {errors.disabledListSources}
            </span>
          )}
          {overview.sources.map((s) => (
            <div className="usa-checkbox" key={s.source}>
              <input
                className="usa-checkbox__input"
                id={fieldId(`source-${s.source}`)}
                type="checkbox"
                checked={!disabled.includes(s.source)}
                onChange={(event) =>
                  setDisabled((list) =>
                    event.target.checked ? list.filter((x) => x !== s.source) : [...list, s.source].sort(),
                  )
                }
              />
              <label className="usa-checkbox__label" htmlFor={fieldId(`source-${s.source}`)}>
                Refresh {s.source} on schedule
              </label>
            </div>
          ))}
        </fieldset>
        <TextArea
          path="schedule-reason"
          label="Reason for the change"
          hint="Required. Recorded with the new settings version and in the audit trail."
          error={errors.reason}
          value={reason}
          onChange={setReason}
          required
        />
        <button type="submit" className="usa-button" disabled={saving}>
          {saving ? 'Saving…' : 'Save the schedule'}
        </button>
      </form>
    </section>
  );
};

/** List sources and schedule: each source's address, schedule, list in use, last refresh and next due. */
export const ListSourcesPage = () => {
  const overview = useApi(() => api.listSources(), []);
  const settings = useApi(() => api.programSettings(), []);
  const reload = () => {
    overview.reload();
    settings.reload();
  };
  const data = overview.data;
  const current = settings.data?.versions[0]?.settings;
  return (
    <>
      <div className="aiex-title-row">
        <PageTitle title="List sources and schedule">List sources and schedule</PageTitle>
        <button type="button" className="usa-button usa-button--outline" onClick={reload}>
          Reload
        </button>
      </div>
      <p className="usa-intro margin-top-0">
        Where each denied-party list is downloaded from and how often. The versions, imports and differences of the
        lists are on the compliance officers' page.
      </p>
      <p>
        <Link className="usa-link" to="/compliance/lists">
          Screening lists (versions, imports, refresh by hand)
        </Link>
        {' · '}
        <Link className="usa-link" to="/admin">
          Back to administration
        </Link>
      </p>
      {overview.loading && !data && <Loading label="Loading the list sources" />}
      {overview.error ? <ErrorAlert error={overview.error} heading="The list sources could not be loaded" /> : null}
      {settings.error ? <ErrorAlert error={settings.error} heading="The settings could not be loaded" /> : null}
      {data && (
        <>
          <section aria-labelledby="schedule-now">
            <h2 id="schedule-now">Schedule in force</h2>
            <dl className="aiex-schedule">
              <dt>Refresh interval</dt>
              <dd>
                {data.schedule.refreshHours > 0 ? `Every ${data.schedule.refreshHours} hours` : 'Off'}.{' '}
                {scheduleOrigin(data.schedule)}
              </dd>
              <dt>Maximum list age</dt>
              <dd>{data.maxListAgeDays} days (program setting “Maximum list age”)</dd>
              <dt>Settings version</dt>
              <dd>
                {data.settingsVersion} (
                <Link className="usa-link" to="/admin/settings">
                  history
                </Link>
                )
              </dd>
            </dl>
          </section>
          <section aria-labelledby="sources-table" className="margin-top-4">
            <h2 id="sources-table">Sources</h2>
            <p className="margin-top-0">
              Configured on the server by AIEXPORTS_LIST_SOURCES (by default the official CSL, UN and DPL addresses).
            </p>
            <DataTable
              caption="List sources"
              captionHidden
              columns={columns}
              rows={data.sources}
              rowKey={(s) => s.source}
              scrollLabel="List sources"
            />
          </section>
          {current && <ScheduleForm overview={data} current={current} onSaved={reload} />}
        </>
      )}
    </>
  );
};
