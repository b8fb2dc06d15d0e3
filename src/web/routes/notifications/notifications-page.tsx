import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { NotificationItem } from '../../api/types.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { NOTIFICATIONS_CHANGED_EVENT } from '../../components/notification-bell.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';

const changed = () => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED_EVENT));

/** The signed-in person's notifications, newest first: each links to the page that acts on it. */
export const NotificationsPage = () => {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const { data, error, loading, reload } = useApi(() => api.notifications({ unreadOnly }), [unreadOnly]);

  const markRead = async (item: NotificationItem) => {
    if (item.readAt !== null) return;
    try {
      await api.markNotificationRead(item.id);
      changed();
      reload();
    } catch (caught) {
      setActionError(caught);
    }
  };
  const markAll = async () => {
    try {
      await api.markAllNotificationsRead();
      changed();
      reload();
    } catch (caught) {
      setActionError(caught);
    }
  };

  return (
    <>
      <PageTitle title="Notifications">Notifications</PageTitle>
      <p className="usa-intro">What waits for you: open one to act on it.</p>
      {actionError !== null && <ErrorAlert error={actionError} />}
      <div className="display-flex flex-align-center flex-wrap margin-bottom-2">
        <div className="usa-checkbox margin-right-3">
          <input
            className="usa-checkbox__input"
            id="unread-only"
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => setUnreadOnly(event.target.checked)}
          />
          <label className="usa-checkbox__label" htmlFor="unread-only">
            Unread only
          </label>
        </div>
        <button
          type="button"
          className="usa-button usa-button--outline"
          onClick={markAll}
          disabled={!data || data.unreadCount === 0}
        >
          Mark all as read
        </button>
        {data && (
          <p className="margin-y-0 margin-left-2" aria-live="polite">
            {data.unreadCount === 0 ? 'No unread notifications.' : `${data.unreadCount} unread.`}
          </p>
        )}
      </div>
      {error !== null && <ErrorAlert error={error} />}
      {loading && !data && <Loading label="Loading notifications" />}
      {data && data.notifications.length === 0 && (
        <Alert type="info" slim>
          {unreadOnly ? 'You have no unread notifications.' : 'You have no notifications yet.'}
        </Alert>
      )}
      {data && data.notifications.length > 0 && (
        <ul className="usa-list usa-list--unstyled aiex-notifications">
          {data.notifications.map((item) => (
            <li
              key={item.id}
              className={`aiex-notification${item.readAt === null ? ' aiex-notification--unread' : ''}`}
            >
              <p className="margin-y-0 text-bold">
                {item.readAt === null && <span className="usa-sr-only">Unread: </span>}
                <Link to={item.link} onClick={() => void markRead(item)}>
                  {item.title}
                </Link>
              </p>
              {item.body && <p className="margin-y-05">{item.body}</p>}
              <p className="margin-y-0 font-sans-3xs text-base-dark">
                <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                {item.readAt === null && (
                  <button
                    type="button"
                    className="usa-button usa-button--unstyled margin-left-2"
                    onClick={() => void markRead(item)}
                  >
                    Mark as read
                    <span className="usa-sr-only">: {item.title}</span>
                  </button>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
};
