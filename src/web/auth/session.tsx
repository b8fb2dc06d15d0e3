import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, SESSION_LOST_EVENT, setCsrfToken } from '../api/client.ts';
import type { User } from '../api/types.ts';

type SessionValue = {
  /** undefined while the first /auth/session is in flight, null when nobody is logged in */
  user: User | null | undefined;
  login: (email: string, password: string, totpCode?: string) => Promise<User>;
  logout: () => Promise<void>;
  /** true after the user logged out in this tab: pages then go to the login page without a "next" */
  loggedOut: boolean;
};

const SessionContext = createContext<SessionValue | null>(null);

export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [loggedOut, setLoggedOut] = useState(false);

  useEffect(() => {
    let active = true;
    api
      .session()
      .then((session) => {
        setCsrfToken(session.csrfToken);
        if (active) setUser(session.user);
      })
      .catch((error: unknown) => {
        console.warn('session check failed', error);
        if (active) setUser(null);
      });
    return () => {
      active = false;
    };
  }, []);

  useEffect(() => {
    const onLost = () => setUser(null);
    window.addEventListener(SESSION_LOST_EVENT, onLost);
    return () => window.removeEventListener(SESSION_LOST_EVENT, onLost);
  }, []);

  const login = useCallback(async (email: string, password: string, totpCode?: string) => {
    const session = await api.login(email, password, totpCode);
    setCsrfToken(session.csrfToken);
    setLoggedOut(false);
    setUser(session.user);
    return session.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setCsrfToken(null);
      setLoggedOut(true);
      setUser(null);
    }
  }, []);

  const value = useMemo(() => ({ user, login, logout, loggedOut }), [user, login, logout, loggedOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

export const useSession = (): SessionValue => {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
};
