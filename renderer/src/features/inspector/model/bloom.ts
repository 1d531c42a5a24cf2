import type { BloomClassification } from '../../../../../shared/analysis';
import type { BloomLevel } from '../../../../../shared/model';
import { BLOOM_OPTIONS, optionLabel } from './vocabLabels';

const name = (level: BloomLevel) => optionLabel(BLOOM_OPTIONS, level) ?? level;

/** The level the verb gives, for the "derived" choice of the Bloom select. */
export function derivedLevelLabel(c: BloomClassification): string {
  if (c.vague) return 'Derived from the verb: not measurable';
  if (c.levels.length === 1) return `Derived from the verb: ${name(c.levels[0]!)}`;
  if (c.levels.length > 1) return `Derived from the verb: ${c.levels.map(name).join(' or ')}`;
  return 'Derived from the verb: none recognised';
}

/**
 * Whether the classifier's reading needs the designer's attention: a vague verb always does;
 * an unknown verb or one with several levels does until the level is set by hand (readiness
 * stops reporting it then too).
 */
export function bloomNeedsAttention(c: BloomClassification, override: BloomLevel | undefined): boolean {
  return c.vague || (!c.verb && !override);
}

/** One sentence on what the classifier read in the statement, given the level set by hand, if any. */
export function bloomExplanation(c: BloomClassification, override?: BloomLevel): string {
  if (override && !c.vague) return `Level set by hand: ${name(override)}.`;
  if (c.vague && c.verb) {
    const rewrite = c.rewrites?.[0];
    return `“${c.verb}” cannot be observed or assessed${rewrite ? `; try “${rewrite}”` : ''}.`;
  }
  if (!c.verb) return c.firstWord ? `“${c.firstWord}” is not a verb the classifier knows; start with an action verb or set the level.` : 'Write the statement to see its level.';
  const levels = c.levels.map(name);
  const main = levels.length > 1 ? `“${c.verb}” can be ${levels.join(' or ')}: set the level you mean.` : `“${c.verb}” is a verb at the ${levels[0]} level.`;
  return c.compoundWith?.length ? `${main} It also uses ${c.compoundWith.map((v) => `“${v}”`).join(', ')}: one main verb per outcome is clearer.` : main;
}
