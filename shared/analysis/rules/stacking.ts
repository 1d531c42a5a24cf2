import { CREDIT_UNITS, entityLabel, type CreditUnit, type Link, type Program } from '../../model';
import { findCycleAmong } from '../../format/references';
import { convertCredits, formatCredits, formatValue, num } from '../credits';
import { defineRule, type AnyRule } from '../types';
import { credentialName, listing, programName } from '../text';
import type { RuleContext } from '../context';

/**
 * Stackability (always on): what a program recognises cannot exceed what the credential
 * carries or what the program holds, and prerequisites cannot go round in a circle
 * (EU Council Recommendation 2022, Annex II "learning pathways"; UNESCO 2022).
 */

const group = 'alignment';

/** The unit a program counts in: its total's unit, else the map's. */
function programUnit(p: Program | undefined, ctx: RuleContext): CreditUnit {
  return p?.totalCredits?.unit ?? ctx.settings.creditUnit;
}

/** A stacks-into link that recognises credits, with its credential (which has credits) and its program, and the program's unit. */
function recognition(l: Link, ctx: RuleContext) {
  if (l.kind !== 'stacks-into' || l.creditsRecognised === undefined) return undefined;
  const cred = ctx.credentialById(l.from);
  const prog = ctx.doc.entities[l.to];
  if (!cred?.credits || prog?.kind !== 'program') return undefined;
  return { recognised: l.creditsRecognised, cred, credits: cred.credits, prog, unit: programUnit(prog, ctx) };
}

export const creditsRecognised = defineRule({
  id: 'stacking/credits-recognised',
  group,
  scope: 'link',
  reads: ['ends', 'settings'],
  linkKinds: ['stacks-into'],
  severity: 'error',
  title: 'A program recognises more credits than the credential carries',
  check(l, ctx, emit) {
    const r = recognition(l, ctx);
    if (!r) return;
    const { cred, credits, prog, unit } = r;
    const carried = convertCredits(credits, unit, ctx.settings);
    if (carried === undefined || r.recognised <= carried + 1e-9) return;
    const converted = credits.unit === unit ? '' : ` (≈ ${formatValue(carried, unit)})`;
    emit({
      target: l.id,
      field: 'creditsRecognised',
      message: `${programName(prog)} recognises ${formatValue(r.recognised, unit)} for ${credentialName(cred)}, which carries only ${formatCredits(credits)}${converted}.`,
      fix: `Lower the credits recognised to at most ${formatValue(Math.floor(carried * 10) / 10, unit)}, or correct the credential's credit value.`,
    });
  },
});

export const creditUnitsDiffer = defineRule({
  id: 'stacking/credit-units',
  group,
  scope: 'link',
  reads: ['ends', 'settings'],
  linkKinds: ['stacks-into'],
  severity: 'info',
  title: 'Credits recognised cannot be compared: the units do not convert',
  check(l, ctx, emit) {
    const r = recognition(l, ctx);
    if (!r) return;
    const { cred, credits, prog, unit } = r;
    if (convertCredits(credits, unit, ctx.settings) !== undefined) return;
    emit({
      target: l.id,
      field: 'creditsRecognised',
      message: `${credentialName(cred)} carries ${formatCredits(credits)} and ${programName(prog)} counts in ${CREDIT_UNITS[unit].label}; without hours per credit the two cannot be compared.`,
      fix: 'Use a credit unit with a known number of hours per credit, or set the hours per credit of the map.',
    });
  },
});

export const programTotal = defineRule({
  id: 'stacking/program-total',
  group,
  scope: 'program',
  reads: ['stacked', 'settings'],
  severity: 'error',
  title: 'Credits recognised into a program exceed its total',
  check(p, ctx, emit) {
    if (!p.totalCredits) return;
    const unit = p.totalCredits.unit;
    const parts: { name: string; value: number; id: string }[] = [];
    for (const l of ctx.graph.to(p.id, 'stacks-into')) {
      const cred = ctx.credentialById(l.from);
      if (!cred) continue;
      const value = l.creditsRecognised ?? (cred.credits ? convertCredits(cred.credits, unit, ctx.settings) : undefined);
      if (value !== undefined) parts.push({ name: `${credentialName(cred)} ${num(value)}`, value, id: l.id });
    }
    parts.sort((a, b) => (a.id < b.id ? -1 : 1));
    const sum = parts.reduce((acc, x) => acc + x.value, 0);
    if (sum <= p.totalCredits.value + 1e-9) return;
    emit({
      target: p.id,
      field: 'totalCredits',
      message: `The credentials stacking into ${programName(p)} are recognised for ${formatValue(sum, unit)} in all (${listing(parts, (x) => x.name, 6)}), more than its total of ${formatCredits(p.totalCredits)}.`,
      fix: 'Lower the credits recognised on some stacks-into links, or correct the program total.',
    });
  },
});

/** Every `requires` cycle, each as the credential ids on it; deterministic (links taken by id). */
export function requiresCycles(links: Iterable<Link>): string[][] {
  const remaining = [...links].filter((l) => l.kind === 'requires').sort((a, b) => (a.id < b.id ? -1 : 1));
  const cycles: string[][] = [];
  for (let guard = remaining.length; guard > 0; guard--) {
    const cycle = findCycleAmong(remaining);
    if (!cycle.length) break;
    cycles.push(cycle);
    const from = cycle.at(-1)!;
    const i = remaining.findIndex((l) => l.from === from && l.to === cycle[0]);
    if (i < 0) break;
    remaining.splice(i, 1);
  }
  return cycles;
}

export const requiresCycle = defineRule({
  id: 'stacking/requires-cycle',
  group,
  scope: 'map',
  reads: ['requires'],
  severity: 'error',
  title: 'Prerequisites go round in a circle',
  check(doc, ctx, emit) {
    const reported = new Set<string>();
    for (const cycle of requiresCycles(ctx.graph.requires.values())) {
      const names = cycle.map((id) => {
        const e = doc.entities[id];
        return e ? `“${entityLabel(e)}”` : id;
      });
      const path = [...names, names[0]!].join(' requires ');
      for (const id of cycle) {
        if (reported.has(id)) continue;
        reported.add(id);
        emit({
          target: id,
          message: `Prerequisites go round in a circle: ${path}. No learner could ever start.`,
          fix: 'Delete one of the “requires” links on the circle.',
        });
      }
    }
  },
});

export const STACKING_RULES: readonly AnyRule[] = [creditsRecognised, creditUnitsDiffer, programTotal, requiresCycle];
