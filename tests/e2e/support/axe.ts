import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from '@playwright/test';

/**
 * axe-core in the page, for WCAG 2.1 A and AA checks. It is injected by evaluating its
 * source: the app's CSP refuses script tags.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeImpact = 'minor' | 'moderate' | 'serious' | 'critical';

interface AxeViolation {
  id: string;
  impact: AxeImpact | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe's WCAG 2.0/2.1 A and AA violations inside `scope`, each as "rule: help (selector)";
 * with `impacts`, only those of these impacts (e.g. serious and critical).
 */
export async function violations(page: Page, scope: Locator, impacts?: readonly AxeImpact[]): Promise<string[]> {
  await page.evaluate(AXE);
  const handle = await scope.elementHandle();
  const found = await page.evaluate(
    async (el) => {
      const axe = (globalThis as unknown as { axe: { run(ctx: Element, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      const r = await axe.run(el as Element, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations;
    },
    handle,
  );
  return found
    .filter((v) => !impacts || (v.impact !== null && impacts.includes(v.impact)))
    .map((v) => `${v.id} [${v.impact ?? 'unknown'}]: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The serious and critical violations: what a screen must not have. */
export function seriousViolations(page: Page, scope: Locator): Promise<string[]> {
  return violations(page, scope, ['serious', 'critical']);
}
