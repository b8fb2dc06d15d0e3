import { api } from '../../api/client.ts';
import { Alert } from '../../components/alert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { useApi } from '../../components/use-api.ts';

const HEADINGS: Record<string, string> = {
  list_refresh_refused: 'A list refresh was refused: screening still uses the current version',
  list_shrink_allowed: 'A list version removing many entries was allowed',
};

/**
 * Alerts about the lists themselves (a refused refresh, an allowed shrink), above the hits: a compliance officer
 * must know when screening did not move to the newest list, or moved to a much smaller one.
 */
export const ListAlerts = () => {
  const { data } = useApi(() => api.alerts(), []);
  const alerts = (data?.alerts ?? []).filter((alert) => alert.kind !== 'hit' && alert.acknowledgedAt === null);
  if (alerts.length === 0) return null;
  return (
    <section aria-label="List alerts">
      {alerts.map((alert) => (
        <Alert key={alert.id} type="warning" heading={HEADINGS[alert.kind] ?? 'List alert'} slim={false}>
          <strong>{alert.listSource}</strong> · {formatDateTime(alert.createdAt)}
          {alert.message ? `: ${alert.message}` : ''}
        </Alert>
      ))}
    </section>
  );
};
