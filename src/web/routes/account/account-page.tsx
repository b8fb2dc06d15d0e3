import qrcode from 'qrcode-generator';
import { useState } from 'react';
import { roleMay } from '../../../core/accounts/permissions.ts';
import { api } from '../../api/client.ts';
import type { TotpEnrolment } from '../../api/types.ts';
import { ROLE_LABELS } from '../../auth/roles.ts';
import { useSession } from '../../auth/session.tsx';
import { Alert } from '../../components/alert.tsx';
import { TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/page-title.tsx';

/** The otpauth:// address as a QR code (SVG markup built locally; nothing leaves the browser). */
const QrCode = ({ uri }: { uri: string }) => {
  const qr = qrcode(0, 'M');
  qr.addData(uri);
  qr.make();
  return (
    <div
      className="aiex-qr"
      role="img"
      aria-label="QR code of the two-factor secret for an authenticator app"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG generated locally by qrcode-generator from the server's otpauth address
      dangerouslySetInnerHTML={{ __html: qr.createSvgTag({ cellSize: 4, margin: 4, scalable: false }) }}
    />
  );
};

/** One's own account: who one is, and two-factor sign-in (TOTP) for government roles. */
export const AccountPage = () => {
  const { user } = useSession();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!user) return null;
  const totpOn = enabled ?? user.totpEnabled;
  const mayTotp = roleMay(user.role, 'account.totp');

  const run = async (action: () => Promise<void>) => {
    setFailure(null);
    setNotice(null);
    setBusy(true);
    try {
      await action();
    } catch (caught) {
      setFailure(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  const withCode = (action: (code: string) => Promise<void>) => {
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError('Enter the 6 digits from your authenticator app');
      document.getElementById('field-code')?.focus();
      return;
    }
    setCodeError(undefined);
    void run(() => action(code.trim()));
  };

  return (
    <>
      <PageTitle title="Your account">Your account</PageTitle>
      <dl className="aiex-facts">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>
          {ROLE_LABELS[user.role]}
          {user.agency ? `, ${user.agency}` : ''}
        </dd>
      </dl>
      <section aria-labelledby="totp-heading" className="margin-top-4">
        <h2 id="totp-heading">Two-factor sign-in</h2>
        {!mayTotp ? (
          <p>Two-factor sign-in is offered to government roles.</p>
        ) : (
          <>
            {failure && (
              <Alert type="error" heading="That did not work">
                {failure}
              </Alert>
            )}
            {notice && <Alert type="success">{notice}</Alert>}
            <p>
              Status: <strong>{totpOn ? 'on' : 'off'}</strong>. With it on, signing in asks for a code from an
              authenticator app as well as your password. If you lose the device, an admin can turn it off.
            </p>
            {!totpOn && !enrolment && (
              <button
                type="button"
                className="usa-button"
                disabled={busy}
                onClick={() => void run(async () => setEnrolment(await api.startTotp()))}
              >
                Turn on two-factor sign-in
              </button>
            )}
            {!totpOn && enrolment && (
              <div>
                <p>Scan this code with your authenticator app, or type the secret in, then enter the code it shows.</p>
                <QrCode uri={enrolment.uri} />
                <p>
                  Secret: <code className="aiex-secret">{enrolment.secret}</code>
                </p>
              </div>
            )}
            {(totpOn || enrolment) && (
              <form
                className="usa-form"
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  withCode(async (value) => {
                    if (totpOn) {
                      await api.disableTotp(value);
                      setEnabled(false);
                      setNotice('Two-factor sign-in is off.');
                    } else {
                      await api.confirmTotp(value);
                      setEnabled(true);
                      setEnrolment(null);
                      setNotice('Two-factor sign-in is on: signing in now asks for a code.');
                    }
                    setCode('');
                  });
                }}
              >
                <TextField
                  path="code"
                  label="Code from your authenticator app"
                  autoComplete="one-time-code"
                  required
                  value={code}
                  error={codeError}
                  onChange={setCode}
                />
                <button type="submit" className="usa-button margin-top-2" disabled={busy}>
                  {totpOn ? 'Turn off two-factor sign-in' : 'Confirm and turn on'}
                </button>
              </form>
            )}
          </>
        )}
      </section>
    </>
  );
};
