/** axe-core on a browser page: the serious and critical WCAG 2.x A/AA violations, for the browser tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.x A and AA rules and best practices) on the page; returns the serious and critical ones. */
export const seriousViolations = async (page: Page): Promise<AxeViolation[]> => {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
};

export const describeViolations = (violations: AxeViolation[]): string =>
  violations
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    .join('\n');

/** The serious and critical violations on the page, as text; '' when none. */
export const axeProblems = async (page: Page): Promise<string> => describeViolations(await seriousViolations(page));
