export const Loading = ({ label = 'Loading' }: { label?: string }) => (
  <p className="text-base margin-y-4" role="status" aria-live="polite">
    <span className="aiex-spinner" aria-hidden="true" /> {label}…
  </p>
);
