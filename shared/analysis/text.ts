import type { Credential, Outcome, Program, Skill } from '../model';

/** Message helpers: every finding names what it is about, the way a designer would. */

/** Shortens long statements for messages, at a word boundary. */
export function clip(text: string, max = 80): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** `"Cybersecurity Analyst Professional Certificate"` */
export function credentialName(c: Pick<Credential, 'title'>): string {
  return `“${clip(c.title)}”`;
}

/** `outcome LO2 “Configure SIEM correlation rules…”` */
export function outcomeName(o: Pick<Outcome, 'statement' | 'code'>): string {
  return `${o.code ? `${o.code} ` : ''}“${clip(o.statement, 70)}”`;
}

export function skillName(s: Pick<Skill, 'statement'>): string {
  return `“${clip(s.statement, 70)}”`;
}

export function programName(p: Pick<Program, 'title'>): string {
  return `“${clip(p.title)}”`;
}

/** "a, b and c": names the first `max` items (naming only those), then "and N more". */
export function listing<T>(items: readonly T[], name: (item: T) => string = String, max = 5): string {
  const shown = Math.min(items.length, max);
  const rest = items.length - shown;
  // Built in one pass: messages are made for every finding, and slicing, mapping and joining made four arrays each time.
  let out = '';
  for (let i = 0; i < shown; i++) {
    if (i > 0) out += i === shown - 1 && !rest ? ' and ' : ', ';
    out += name(items[i]!);
  }
  if (!rest) return out;
  return out ? `${out} and ${rest} more` : `${rest} more`;
}

/** "1 outcome", "3 outcomes" */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** True when an optional text field is absent or blank. */
export function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}
