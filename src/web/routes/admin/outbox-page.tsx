import { api } from '../../api/client.ts';
import type { OutboxMail } from '../../api/types.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';

/** Demo mode: the mails the platform wrote instead of sending them (invitations, reset links), latest first. */
export const OutboxPage = () => {
  const outbox = useApi(() => api.outbox(), []);
  return (
    <>
      <PageTitle title="Mail outbox">Mail outbox</PageTitle>
      <p>
        The platform never sends mail: it writes each mail here. In demo mode an admin reads them to follow the one-time
        links.
      </p>
      {outbox.loading && <Loading label="Loading the outbox" />}
      {outbox.error ? <ErrorAlert error={outbox.error} heading="The outbox could not be loaded" /> : null}
      {outbox.data?.mails.length === 0 && <p>No mail yet.</p>}
      {outbox.data?.mails.map((mail: OutboxMail) => (
        <article key={mail.id} className="aiex-panel margin-bottom-2" aria-labelledby={`mail-${mail.id}`}>
          <h2 id={`mail-${mail.id}`} className="font-heading-md margin-top-0">
            {mail.subject}
          </h2>
          <p className="margin-y-1">
            To <strong>{mail.to}</strong>, {formatDateTime(mail.createdAt)}
          </p>
          <pre className="aiex-mail-body">{mail.body}</pre>
        </article>
      ))}
    </>
  );
};
