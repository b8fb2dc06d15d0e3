import { api } from '../../api/client.ts';
import { Alert } from '../../components/alert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { useApi } from '../../components/use-api.ts';

/** Tells the applicant why the proposal came back: the reason of the last "return" in its history. */
export const ReturnedNotice = ({ proposalId }: { proposalId: string }) => {
  const { data } = useApi(() => api.history(proposalId), [proposalId]);
  const entry = [...(data?.entries ?? [])].reverse().find((e) => e.action.endsWith('return'));
  const summary = entry?.summary;
  const reason =
    summary && typeof summary === 'object' && typeof summary.reason === 'string' ? summary.reason : undefined;
  return (
    <Alert type="warning" heading="Returned for revision">
      {reason ? (
        <>
          “{reason}”{entry?.actorName ? ` (${entry.actorName}, ${formatDateTime(entry.at)})` : ''}.{' '}
        </>
      ) : null}
      Revise the draft and submit it again: it becomes a new version, and the earlier versions stay readable.
    </Alert>
  );
};
