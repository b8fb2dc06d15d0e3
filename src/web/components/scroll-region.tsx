import type { ReactNode } from 'react';

/** A horizontally scrollable table container, focusable so keyboard users can scroll it (WCAG 2.1.1). */
export const ScrollRegion = ({ label, children }: { label: string; children: ReactNode }) => (
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
  <section className="usa-table-container--scrollable aiex-scroll margin-top-0" tabIndex={0} aria-label={label}>
    {children}
  </section>
);
