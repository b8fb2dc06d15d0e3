import { forwardRef, type ReactNode } from 'react';

type AlertProps = {
  type: 'info' | 'warning' | 'error' | 'success';
  heading?: string;
  slim?: boolean;
  children?: ReactNode;
};

/**
 * USWDS alert; errors are announced (role=alert), others are status messages. Focusable, so a page can move focus
 * to it (a failed login, a recorded decision).
 */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(({ type, heading, slim, children }, ref) => (
  <div
    ref={ref}
    tabIndex={-1}
    className={`usa-alert usa-alert--${type}${slim ? ' usa-alert--slim' : ''} margin-y-2`}
    role={type === 'error' ? 'alert' : 'status'}
  >
    <div className="usa-alert__body">
      {heading && <h2 className="usa-alert__heading">{heading}</h2>}
      {children && <div className="usa-alert__text">{children}</div>}
    </div>
  </div>
));
Alert.displayName = 'Alert';

/** Shows an error thrown by the API client (or anything else). */
export const ErrorAlert = ({ error, heading }: { error: unknown; heading?: string }) => {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert type="error" heading={heading ?? 'Something went wrong'}>
      {message}
    </Alert>
  );
};
