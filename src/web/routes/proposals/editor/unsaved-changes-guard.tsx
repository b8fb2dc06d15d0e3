import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router-dom';
import { ActionDialog } from '../../../components/action-dialog.tsx';

/**
 * While the editor holds unsaved changes: leaving it inside the app (a link, another tab of the proposal,
 * logging out) asks "Leave without saving?" first, and closing or reloading the browser tab asks the browser's
 * own question. Saving clears the guard.
 */
export const UnsavedChangesGuard = ({ dirty }: { dirty: boolean }) => {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  const leaving = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // older browsers show the dialog only when returnValue is set
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // saved meanwhile (or the proposal was submitted): nothing left to lose
  useEffect(() => {
    if (!dirty && blocker.state === 'blocked') blocker.proceed?.();
  }, [dirty, blocker]);

  return (
    <ActionDialog
      open={blocker.state === 'blocked'}
      title="Leave without saving?"
      confirmLabel="Leave without saving"
      danger
      onConfirm={async () => {
        leaving.current = true;
        blocker.proceed?.();
      }}
      onClose={() => {
        if (leaving.current) {
          leaving.current = false;
          return;
        }
        if (blocker.state === 'blocked') blocker.reset?.();
      }}
    >
      <p>
        This draft has changes that are not saved. If you leave now, they are lost. Choose Cancel to stay, then Save
        draft.
      </p>
    </ActionDialog>
  );
};
