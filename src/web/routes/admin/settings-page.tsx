import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { RubricForm } from './rubric-form.tsx';
import { SETTINGS_GROUPS } from './settings-fields.ts';
import { SettingsGroupForm } from './settings-group-form.tsx';
import { SettingsHistory } from './settings-history.tsx';
import { SettingsOnDate } from './settings-on-date.tsx';

/** Program settings: a form per group, the settings in force on a date, and every version with its changes. */
export const SettingsPage = () => {
  const { data, error, loading, reload } = useApi(() => api.programSettings(), []);
  const latest = data?.versions[0];
  return (
    <>
      <PageTitle title="Program settings">Program settings</PageTitle>
      <p className="usa-intro margin-top-0">
        The rules' thresholds and switches, the screening lists' freshness and what applicants see. Each save makes a
        new version with its reason; earlier versions stay, so every finding can be replayed with the settings of its
        date.
      </p>
      <p>
        <Link className="usa-link" to="/admin">
          Back to administration
        </Link>
        {' · '}
        <Link className="usa-link" to="/admin/lists">
          List sources and schedule
        </Link>
      </p>
      {loading && !data && <Loading label="Loading the settings" />}
      {error ? <ErrorAlert error={error} heading="The settings could not be loaded" /> : null}
      {latest && (
        <p className="text-bold" data-testid="settings-in-force">
          In force now: version {latest.version}
          {latest.changedAt
            ? `, saved ${formatDateTime(latest.changedAt)} by ${latest.changedByName ?? 'unknown'}`
            : ' (the defaults)'}
          .
        </p>
      )}
      {latest &&
        SETTINGS_GROUPS.map((group) => (
          <SettingsGroupForm key={group.id} group={group} current={latest.settings} onSaved={reload} />
        ))}
      {latest && <RubricForm current={latest.settings} onSaved={reload} />}
      <SettingsOnDate />
      {data && (
        <section aria-labelledby="settings-history" className="margin-top-4">
          <h2 id="settings-history">History</h2>
          <SettingsHistory versions={data.versions} />
        </section>
      )}
    </>
  );
};
