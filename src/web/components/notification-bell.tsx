import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { api } from '../api/client.ts';

/** Fired on window when notifications were marked read in this tab, so the bell counts again at once. */
export const NOTIFICATIONS_CHANGED_EVENT = 'aiexports:notifications-changed';
/** How often the bell asks again while the page stays open. */
const POLL_MS = 60_000;

/** The bell in the header: a link to the notifications page naming the unread count ("Notifications, 3 unread"). */
export const NotificationBell = () => {
  const location = useLocation();
  const [unread, setUnread] = useState<number | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: count again on every navigation
  useEffect(() => {
    let active = true;
    const load = () => {
      api
        .unreadNotifications()
        .then((value) => {
          if (active) setUnread(value.unreadCount);
        })
        .catch(() => {
          // the count is a convenience: a failed poll keeps the last count (an expired session shows the login)
        });
    };
    load();
    const timer = window.setInterval(load, POLL_MS);
    window.addEventListener(NOTIFICATIONS_CHANGED_EVENT, load);
    return () => {
      active = false;
      window.clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED_EVENT, load);
    };
  }, [location.pathname]);

  const label =
    unread === null ? 'Notifications' : unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`;
  return (
    <Link to="/notifications" className="aiex-bell" aria-label={label} title={label}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread !== null && unread > 0 && (
        <span className="aiex-bell__count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
};
