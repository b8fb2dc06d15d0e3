import { ActionDialog } from '../../../components/action-dialog.tsx';
import { Alert } from '../../../components/alert.tsx';
import type { CompletenessCheck } from './editor-steps.ts';

/** Confirms the submission, which freezes the next version; warns when the completeness check will complain. */
export const SubmitDialog = ({
  open,
  nextVersion,
  completeness,
  onConfirm,
  onClose,
}: {
  open: boolean;
  nextVersion: number;
  completeness: CompletenessCheck[];
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) => (
  <ActionDialog open={open} title="Submit this proposal?" confirmLabel="Submit" onConfirm={onConfirm} onClose={onClose}>
    <p>
      Submitting freezes version {nextVersion}. It can no longer be edited unless the program returns it for revision.
      The automatic checks run on the submitted version.
    </p>
    {completeness.some((check) => !check.ok) && (
      <Alert type="warning" slim>
        Some layers or targets are still empty: the completeness check will report it.
      </Alert>
    )}
  </ActionDialog>
);
