import { useId, useState } from 'react';
import { api } from '../../api/client.ts';
import type { ProgramSettingsOnDate } from '../../api/types.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatSetting, SETTINGS_GROUPS, settingLabel, valueAt } from './settings-fields.ts';

/** A date picker that shows the settings in force at the end of the chosen day (UTC). */
export const SettingsOnDate = () => {
  const headingId = useId();
  const [date, setDate] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<ProgramSettingsOnDate | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setDateError('Choose a date.');
      document.getElementById('settings-date')?.focus();
      return;
    }
    setDateError(null);
    try {
      setAnswer(await api.programSettingsOnDate(date));
    } catch (caught) {
      setAnswer(null);
      setFailure(caught);
    }
  };

  const fields = SETTINGS_GROUPS.flatMap((g) => g.fields.map((f) => f.path));
  return (
    <section aria-labelledby={headingId} className="margin-top-4">
      <h2 id={headingId}>Settings in force on a date</h2>
      <form className="usa-form" noValidate onSubmit={onSubmit}>
        <div className={`usa-form-group${dateError ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor="settings-date">
            Date
          </label>
          <div className="usa-hint" id="settings-date-hint">
            The settings as they stood at the end of that day (UTC).
          </div>
          {dateError && (
            <span className="usa-error-message" id="settings-date-error">
              {dateError}
            </span>
          )}
          <input
            className={`usa-input${dateError ? ' usa-input--error' : ''}`}
            id="settings-date"
            type="date"
            value={date}
            aria-describedby={`settings-date-hint${dateError ? ' settings-date-error' : ''}`}
            aria-invalid={dateError ? true : undefined}
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <button type="submit" className="usa-button usa-button--outline">
          Show the settings on this date
        </button>
      </form>
      {failure ? <ErrorAlert error={failure} heading="The settings could not be loaded" /> : null}
      {answer && (
        <div aria-live="polite">
          <Alert
            type={answer.version ? 'info' : 'warning'}
            heading={answer.version ? `Version ${answer.version.version}` : 'No settings were in force'}
            slim
          >
            {answer.message}
          </Alert>
          {answer.version && (
            <ScrollRegion label={`Settings on ${answer.date}`}>
              <table className="usa-table usa-table--compact">
                <caption>Settings in force on {answer.date}</caption>
                <thead>
                  <tr>
                    <th scope="col">Setting</th>
                    <th scope="col">Value</th>
                  </tr>
                </thead>
                <tbody>
                  {[...fields, 'disabledListSources'].map((path) => (
                    <tr key={path}>
                      <th scope="row">{settingLabel(path)}</th>
                      <td>{formatSetting(path, valueAt(answer.version!.settings, path))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </div>
      )}
    </section>
  );
};
