import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { type Action, roleMay } from '../../core/accounts/permissions.ts';
import { Alert } from '../components/alert.tsx';
import { Loading } from '../components/loading.tsx';
import { mayOpen, type PageAccess } from './pages.ts';
import { ROLE_LABELS } from './roles.ts';
import { useSession } from './session.tsx';

/**
 * Renders children for a logged-in user whose role the permissions table lets open the page (`page`) or take
 * the action (`action`); any logged-in user when both are omitted.
 */
export const RequirePermission = ({
  page,
  action,
  children,
}: {
  page?: PageAccess;
  action?: Action;
  children: ReactNode;
}) => {
  const { user, loggedOut } = useSession();
  const location = useLocation();
  if (user === undefined) return <Loading label="Checking your session" />;
  if (user === null)
    return (
      <Navigate
        to={loggedOut ? '/login' : `/login?next=${encodeURIComponent(location.pathname + location.search)}`}
        replace
      />
    );
  const allowed =
    (page === undefined || mayOpen(user.role, page)) && (action === undefined || roleMay(user.role, action));
  if (!allowed)
    return (
      <Alert type="warning" heading="Not available for your role">
        This page is not open to {ROLE_LABELS[user.role].toLowerCase()} accounts.
      </Alert>
    );
  return <>{children}</>;
};
