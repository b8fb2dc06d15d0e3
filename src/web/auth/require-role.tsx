import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { Role } from '../api/types.ts';
import { Alert } from '../components/alert.tsx';
import { Loading } from '../components/loading.tsx';
import { useSession } from './session.tsx';

/** Renders children for a logged-in user with one of these roles (any role when omitted). */
export const RequireRole = ({ roles, children }: { roles?: Role[]; children: ReactNode }) => {
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
  if (roles && !roles.includes(user.role))
    return (
      <Alert type="warning" heading="Not available for your role">
        This page is for {roles.join(', ').replaceAll('_', ' ')} accounts.
      </Alert>
    );
  return <>{children}</>;
};
