import { type ReactNode, useEffect, useState } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router-dom';
import { roleMay } from '../../core/accounts/permissions.ts';
import { menuFor } from '../auth/pages.ts';
import { ROLE_LABELS } from '../auth/roles.ts';
import { useSession } from '../auth/session.tsx';
import { NotificationBell } from './notification-bell.tsx';

const navClass = ({ isActive }: { isActive: boolean }) => `usa-nav-link${isActive ? ' usa-current' : ''}`;

export const Layout = ({ children }: { children: ReactNode }) => {
  const { user, logout } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the mobile menu on every navigation
  useEffect(() => setMenuOpen(false), [location.pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  const onLogout = async () => {
    await logout();
    navigate('/login');
  };

  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        Skip to main content
      </a>
      <section className="aiex-demo-banner" aria-label="Demonstration notice">
        <div className="grid-container">Demonstration environment: data shown here is fictitious.</div>
      </section>
      {/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: a click outside closes the mobile menu; Escape and the close button do it by keyboard */}
      <div className={`usa-overlay${menuOpen ? ' is-visible' : ''}`} onClick={() => setMenuOpen(false)} />
      <header className="usa-header usa-header--basic aiex-header">
        <div className="usa-nav-container">
          <div className="usa-navbar">
            <div className="usa-logo">
              <em className="usa-logo__text">
                <Link to="/" title="American AI Exports Program home">
                  American AI Exports Program
                </Link>
              </em>
            </div>
            <button type="button" className="usa-menu-btn" onClick={() => setMenuOpen(true)}>
              Menu
            </button>
          </div>
          <nav aria-label="Primary" className={`usa-nav${menuOpen ? ' is-visible' : ''}`}>
            <button type="button" className="usa-nav__close" onClick={() => setMenuOpen(false)}>
              <span className="usa-sr-only">Close menu</span>
              <span aria-hidden="true">×</span>
            </button>
            <ul className="usa-nav__primary usa-accordion">
              {menuFor(user?.role).map((item) => (
                <li key={item.path} className="usa-nav__primary-item">
                  <NavLink to={item.path} className={navClass}>
                    <span>{item.label}</span>
                  </NavLink>
                </li>
              ))}
            </ul>
            <div className="aiex-account">
              {user ? (
                <>
                  <span className="aiex-account__who">
                    <span className="aiex-account__name">{user.name}</span>
                    <span className="aiex-account__role">
                      {ROLE_LABELS[user.role]}
                      {user.agency && !user.name.includes(user.agency) ? `, ${user.agency}` : ''}
                    </span>
                  </span>
                  <Link className="usa-button usa-button--unstyled usa-button--small" to="/account">
                    Account
                  </Link>
                  <NotificationBell />
                  <button type="button" className="usa-button usa-button--outline usa-button--small" onClick={onLogout}>
                    Log out
                  </button>
                </>
              ) : (
                user === null && (
                  <Link className="usa-button usa-button--small" to="/login">
                    Log in
                  </Link>
                )
              )}
            </div>
          </nav>
        </div>
      </header>
      <main id="main-content" className="grid-container padding-y-4 aiex-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="usa-footer usa-footer--slim">
        <div className="usa-footer__secondary-section">
          <div className="grid-container">
            <p className="margin-0">
              aiexports: the operating platform of the American AI Exports Program (Executive Order 14320).
              {user &&
                user.role !== 'applicant' &&
                roleMay(user.role, 'proposal.bci.read') &&
                ' Government view: business confidential information is shown.'}
              {user && roleMay(user.role, 'audit.read') && ' Every action is recorded in the audit trail.'}
            </p>
          </div>
        </div>
      </footer>
    </>
  );
};
