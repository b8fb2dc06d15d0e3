import type { ProgramSettingsHistoryEntry } from '../../api/types.ts';
import { formatDateTime } from '../../components/format.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatSetting, settingLabel } from './settings-fields.ts';

/** Every version, newest first: who saved it, when, why, and each setting it changed, before and after. */
export const SettingsHistory = ({ versions }: { versions: readonly ProgramSettingsHistoryEntry[] }) => (
  <ol className="usa-list usa-list--unstyled aiex-settings-history">
    {versions.map((v) => (
      <li key={v.version} className="margin-bottom-3">
        <h3 className="margin-bottom-05">
          {v.version === 0 ? 'Version 0: the defaults' : `Version ${v.version}`}
          {v.changedAt && <span className="text-normal"> · {formatDateTime(v.changedAt)}</span>}
        </h3>
        <p className="margin-y-05">
          {v.version === 0 ? 'In force from the Call for Proposals until the first saved version.' : null}
          {v.version !== 0 && <>Saved by {v.changedByName ?? v.changedBy ?? 'unknown'}. </>}
          Reason: {v.reason}
        </p>
        {v.changes.length > 0 && (
          <ScrollRegion label={`Changes in version ${v.version}`}>
            <table className="usa-table usa-table--compact usa-table--borderless margin-top-1">
              <caption className="usa-sr-only">Settings changed by version {v.version}</caption>
              <thead>
                <tr>
                  <th scope="col">Setting</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {v.changes.map((change) => (
                  <tr key={change.field}>
                    <th scope="row">{settingLabel(change.field)}</th>
                    <td>{formatSetting(change.field, change.before)}</td>
                    <td>{formatSetting(change.field, change.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </li>
    ))}
  </ol>
);
