import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { homePath } from '../../auth/pages.ts';
import { useSession } from '../../auth/session.tsx';
import { Alert } from '../../components/alert.tsx';
import { TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/page-title.tsx';

const DEMO_ROLES = [
  ['applicant', 'Applicant (anchor member of a consortium)'],
  ['program', 'Program officer'],
  ['compliance', 'Compliance officer'],
  ['reviewer', 'Reviewer'],
  ['decision', 'Decision maker'],
  ['financing', 'Financing officer'],
  ['buyer', 'Buyer'],
  ['auditor', 'Auditor'],
  ['admin', 'Administrator'],
] as const;

/** Only same-site paths are followed after login. */
const safeNext = (next: string | null): string | null =>
  next?.startsWith('/') && !next.startsWith('//') ? next : null;

export const LoginPage = () => {
  const { user, login } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [askCode, setAskCode] = useState(false);
  const [errors, setErrors] = useState<{ email?: string; password?: string; totpCode?: string }>({});
  const [failure, setFailure] = useState<{ text: string; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const next = safeNext(params.get('next'));

  // a failed attempt moves focus to the message, so screen readers and keyboard users land on it
  useEffect(() => {
    if (failure) alertRef.current?.focus();
  }, [failure]);

  if (user) return <Navigate to={next ?? homePath(user.role)} replace />;

  const onSubmit = async () => {
    const fieldErrors = {
      email: email.trim() === '' ? 'Enter your email address' : undefined,
      password: password === '' ? 'Enter your password' : undefined,
      totpCode:
        askCode && !/^\d{6}$/.test(totpCode.trim()) ? 'Enter the 6 digits from your authenticator app' : undefined,
    };
    setErrors(fieldErrors);
    setFailure(null);
    if (fieldErrors.email || fieldErrors.password || fieldErrors.totpCode) {
      document
        .getElementById(fieldErrors.email ? 'field-email' : fieldErrors.password ? 'field-password' : 'field-totpCode')
        ?.focus();
      return;
    }
    setBusy(true);
    try {
      const loggedIn = await login(email.trim(), password, askCode ? totpCode.trim() : undefined);
      navigate(next ?? homePath(loggedIn.role), { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'totp_required') {
        setAskCode(true);
        setFailure((previous) => ({ text: error.message, attempt: (previous?.attempt ?? 0) + 1 }));
        return;
      }
      const text =
        askCode && error instanceof ApiError && error.status === 401
          ? error.message
          : error instanceof ApiError && error.status === 401 && /deactivated/.test(error.message)
            ? error.message
            : error instanceof ApiError && error.status === 401
              ? 'The email or password is not right.'
              : error instanceof ApiError && error.code === 'rate_limited'
                ? error.message // the server says how long to wait ("… try again in 30 seconds.")
                : error instanceof Error
                  ? error.message
                  : String(error);
      setFailure((previous) => ({ text, attempt: (previous?.attempt ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="grid-row grid-gap-lg">
      <div className="tablet:grid-col-6">
        <PageTitle title="Log in">Log in</PageTitle>
        {failure && (
          <Alert
            ref={alertRef}
            type={askCode && !errors.totpCode ? 'info' : 'error'}
            heading={askCode ? 'Two-factor sign-in' : 'Could not log in'}
          >
            {failure.text}
          </Alert>
        )}
        <form
          className="usa-form usa-form--large"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void onSubmit();
          }}
        >
          <fieldset className="usa-fieldset">
            <legend className="usa-sr-only">Your account</legend>
            <TextField
              path="email"
              label="Email address"
              type="email"
              autoComplete="username"
              required
              value={email}
              error={errors.email}
              onChange={setEmail}
            />
            <TextField
              path="password"
              label="Password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              error={errors.password}
              onChange={setPassword}
            />
            {askCode && (
              <TextField
                path="totpCode"
                label="Code from your authenticator app"
                hint="6 digits; it changes every 30 seconds"
                autoComplete="one-time-code"
                required
                value={totpCode}
                error={errors.totpCode}
                onChange={setTotpCode}
              />
            )}
            <button type="submit" className="usa-button margin-top-3" disabled={busy}>
              {busy ? 'Logging in…' : 'Log in'}
            </button>
            <p>
              <Link to="/reset-password">Forgot password?</Link>
            </p>
          </fieldset>
        </form>
      </div>
      <aside className="tablet:grid-col-6" aria-labelledby="demo-accounts">
        <div className="usa-summary-box margin-top-4">
          <div className="usa-summary-box__body">
            <h2 className="usa-summary-box__heading" id="demo-accounts">
              Demo accounts
            </h2>
            <div className="usa-summary-box__text">
              <p className="margin-top-0">
                The server prints the demo logins when it first starts. In demo mode every account uses the password{' '}
                <code>demo-password-2026</code>.
              </p>
              <ul className="usa-list aiex-demo-list">
                {DEMO_ROLES.map(([prefix, label]) => (
                  <li key={prefix}>
                    <button
                      type="button"
                      className="usa-button usa-button--unstyled"
                      onClick={() => {
                        setEmail(`${prefix}@demo.aiexports.local`);
                        setPassword('demo-password-2026');
                      }}
                    >
                      {prefix}@demo.aiexports.local
                    </button>{' '}
                    <span className="text-base-dark">{label}</span>
                  </li>
                ))}
              </ul>
              <p className="margin-bottom-0 font-body-xs text-base-dark">Choosing an account fills in the form.</p>
            </div>
          </div>
        </div>
      </aside>
    </div>
  );
};
