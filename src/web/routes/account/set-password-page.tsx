import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { PASSWORD_MIN_LENGTH } from '../../../core/accounts/user-admin.ts';
import { ApiError, api } from '../../api/client.ts';
import { Alert } from '../../components/alert.tsx';
import { TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/page-title.tsx';

type Errors = { email?: string; password?: string; confirm?: string };

/** Asks for a reset link by email: the same answer whether the email is known or not. */
const RequestResetForm = () => {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [answer, setAnswer] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async () => {
    setFailure(null);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setError('Enter your email address');
      document.getElementById('field-email')?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      setAnswer((await api.requestPasswordReset(email.trim())).message);
    } catch (caught) {
      setFailure(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageTitle title="Reset your password">Reset your password</PageTitle>
      {answer ? (
        <Alert type="success" heading="Check your mail">
          {answer}
        </Alert>
      ) : (
        <form
          className="usa-form usa-form--large"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void onSubmit();
          }}
        >
          {failure && (
            <Alert type="error" heading="Could not ask for a link">
              {failure}
            </Alert>
          )}
          <TextField
            path="email"
            label="Email address"
            hint="We send a link to set a new password; it works once, for one hour."
            type="email"
            autoComplete="username"
            required
            value={email}
            error={error}
            onChange={setEmail}
          />
          <button type="submit" className="usa-button margin-top-3" disabled={busy}>
            {busy ? 'Sending…' : 'Send me a reset link'}
          </button>
        </form>
      )}
      <p>
        <Link to="/login">Back to log in</Link>
      </p>
    </>
  );
};

/**
 * Sets a password with the one-time token of a mailed link: accepting an invitation, or resetting a forgotten
 * password (the reset page without a token asks for a link instead).
 */
export const SetPasswordPage = ({ kind }: { kind: 'invitation' | 'password_reset' }) => {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [doneEmail, setDoneEmail] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure || doneEmail) alertRef.current?.focus();
  }, [failure, doneEmail]);

  if (kind === 'password_reset' && token === '') return <RequestResetForm />;
  const title = kind === 'invitation' ? 'Accept your invitation' : 'Choose a new password';

  const onSubmit = async () => {
    const next: Errors = {
      password: password.length < PASSWORD_MIN_LENGTH ? `Use at least ${PASSWORD_MIN_LENGTH} characters` : undefined,
      confirm: confirm !== password ? 'The two passwords differ' : undefined,
    };
    setErrors(next);
    setFailure(null);
    if (next.password || next.confirm) {
      document.getElementById(next.password ? 'field-password' : 'field-confirm')?.focus();
      return;
    }
    setBusy(true);
    try {
      const done =
        kind === 'invitation' ? await api.acceptInvitation(token, password) : await api.resetPassword(token, password);
      setDoneEmail(done.email);
    } catch (caught) {
      const field = caught instanceof ApiError ? caught.details.find((d) => d.path === 'password') : undefined;
      if (field) setErrors({ password: field.message });
      else setFailure(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      {doneEmail ? (
        <Alert ref={alertRef} type="success" heading="Password set">
          You can now <Link to="/login">log in</Link> as {doneEmail}.
        </Alert>
      ) : token === '' ? (
        <Alert type="error" heading="This link has no token">
          Open the link from your invitation mail as it is.
        </Alert>
      ) : (
        <form
          className="usa-form usa-form--large"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void onSubmit();
          }}
        >
          {failure && (
            <Alert ref={alertRef} type="error" heading="Could not set the password">
              {failure}
            </Alert>
          )}
          <TextField
            path="password"
            label="New password"
            hint={`At least ${PASSWORD_MIN_LENGTH} characters`}
            type="password"
            autoComplete="new-password"
            required
            value={password}
            error={errors.password}
            onChange={setPassword}
          />
          <TextField
            path="confirm"
            label="New password again"
            type="password"
            autoComplete="new-password"
            required
            value={confirm}
            error={errors.confirm}
            onChange={setConfirm}
          />
          <button type="submit" className="usa-button margin-top-3" disabled={busy}>
            {busy ? 'Saving…' : 'Set password'}
          </button>
        </form>
      )}
    </>
  );
};
