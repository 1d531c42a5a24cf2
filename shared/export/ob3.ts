import type { Assessment, GradingScheme, McredDocument } from '../model';
import { formatCredits } from './elements';
import { ExportError } from './errors';
import { scopeOf, type CredentialScope } from './scope';
import { ASSESSMENT_TYPE } from './labels';
import { cleanText } from './text';
import { uuidV5 } from './uuid';
import { eqfUri, frameworkUri } from './opendata/frameworks';

/** The JSON-LD contexts of an Open Badges 3.0 document. */
export const OB3_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] as const;

export interface Ob3Alignment {
  type: ['Alignment'];
  targetName: string;
  targetUrl: string;
  targetCode?: string;
  targetFramework?: string;
  /** `ceasn:Competency` for a skill; an `ext:` type for what OB3's list lacks (an EQF level). */
  targetType?: 'ceasn:Competency' | `ext:${string}`;
  targetDescription?: string;
}

export interface Ob3ResultDescription {
  id: string;
  type: ['ResultDescription'];
  name: string;
  resultType: 'Percent' | 'LetterGrade' | 'PerformanceLevel' | 'Result';
  allowedValue?: string[];
  requiredValue?: string;
  valueMin?: string;
  valueMax?: string;
}

/** An Open Badges 3.0 `Achievement` (the definition a badge is issued against). */
export interface Ob3Achievement {
  '@context': readonly string[];
  id: string;
  type: ['Achievement'];
  achievementType: 'MicroCredential';
  name: string;
  description: string;
  criteria: { narrative: string; id?: string };
  alignment?: Ob3Alignment[];
  creditsAvailable?: number;
  resultDescription?: Ob3ResultDescription[];
  creator?: { id: string; type: ['Profile']; name: string; url?: string; address?: { type: ['Address']; addressCountry: string } };
  humanCode?: string;
  inLanguage?: string;
  version?: string;
  tag?: string[];
}

export interface Ob3Options {
  /** Base URL under which achievements are published; without it the ids are `urn:uuid:` URNs. */
  baseUrl?: string;
}

/** The achievement and what could not go into it. */
export interface Ob3Export {
  achievement: Ob3Achievement;
  /** Skills left out of `alignment`: OB3 requires a `targetUrl`, and they have no URI. */
  unaligned: { skill: string; reason: string }[];
  /** Other things the user should know about the achievement (no outcomes, no pass rule, issuer without a web address). */
  notes: string[];
}

/** Every note of an OB3 export, the left-out skills first (what `runExport` should report). */
export function ob3Notes(e: Ob3Export): string[] {
  return [...e.unaligned.map((u) => `Skill ${u.skill} is not in the alignment: ${u.reason} (Open Badges 3.0 requires a target URL).`), ...e.notes];
}

const urn = (name: string) => `urn:uuid:${uuidV5(name)}`;

/** A BCP 47 tag in the case OB3's pattern wants (`en`, `fr-BE`, `zh-Hant-TW`), or undefined. */
export function ob3Language(tag: string): string | undefined {
  const [lang, ...rest] = tag.split('-');
  const parts = [lang!.toLowerCase(), ...rest.map((p) => (p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p.toUpperCase()))];
  const out = parts.join('-');
  return /^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/.test(out) ? out : undefined;
}

const RESULT: Record<GradingScheme, Pick<Ob3ResultDescription, 'resultType' | 'allowedValue' | 'requiredValue' | 'valueMin' | 'valueMax'>> = {
  'pass-fail': { resultType: 'Result', allowedValue: ['Fail', 'Pass'], requiredValue: 'Pass' },
  'competent-not-yet': { resultType: 'Result', allowedValue: ['Not yet competent', 'Competent'], requiredValue: 'Competent' },
  letter: { resultType: 'LetterGrade', allowedValue: ['F', 'D', 'C', 'B', 'A'] },
  percentage: { resultType: 'Percent', valueMin: '0', valueMax: '100' },
  'distinction-merit-pass': { resultType: 'PerformanceLevel', allowedValue: ['Fail', 'Pass', 'Merit', 'Distinction'], requiredValue: 'Pass' },
};

function resultDescription(id: string, a: Assessment): Ob3ResultDescription | undefined {
  if (!a.gradingScheme) return undefined;
  return { id, type: ['ResultDescription'], name: cleanText(a.title), ...RESULT[a.gradingScheme] };
}

const NO_OUTCOMES = 'No learning outcomes are stated for this credential.';

/** The rule a learner must meet to pass: the credential's own statement, else the graded assessments' required results. */
function passRule(s: CredentialScope): string | undefined {
  if (s.credential.gradeAchieved) return cleanText(s.credential.gradeAchieved);
  const required = s.assessments.filter((a) => a.gradingScheme && RESULT[a.gradingScheme].requiredValue);
  if (!required.length) return undefined;
  return `A learner passes by achieving at least ${required.map((a) => `"${RESULT[a.gradingScheme!].requiredValue}" in ${cleanText(a.title)}`).join(', and ')}.`;
}

/** The outcomes as a numbered list, the assessments and the pass rule: the criteria a badge holder met. */
function narrative(s: CredentialScope, rule: string | undefined): string {
  const title = cleanText(s.credential.title);
  const lines = s.outcomes.length
    ? [`Learners who earn ${title} have shown, through assessment, that they can:`, '', ...s.outcomes.map((o, i) => `${i + 1}. ${cleanText(o.outcome.statement)}`)]
    : [`${NO_OUTCOMES} Learners who earn ${title} have met the assessment requirements below.`];
  if (s.assessments.length) {
    lines.push('', 'Assessment:', '');
    for (const a of s.assessments) lines.push(`- ${cleanText(a.title)} (${ASSESSMENT_TYPE[a.assessmentType].toLowerCase()}${a.weighting !== undefined ? `, ${a.weighting}%` : ''})`);
  }
  lines.push('', rule ? `To pass: ${rule}` : 'The pass rule is not stated.');
  return lines.join('\n');
}

/**
 * The Open Badges 3.0 Achievement of a credential: criteria narrative from its outcomes,
 * an alignment to the framework entry of each skill that has a URI, the credits, a result
 * description per graded assessment. Ids are derived from the map and credential ids, so
 * the same credential always has the same achievement id.
 */
export function ob3Achievement(doc: McredDocument, credentialId: string, options: Ob3Options = {}): Ob3Export {
  const s = scopeOf(doc, credentialId);
  if (!s) throw new ExportError('unknown-credential', `There is no micro-credential "${credentialId}" in this map.`);
  const c = s.credential;
  const base = options.baseUrl?.replace(/\/+$/, '');
  const id = base ? `${base}/achievements/${encodeURIComponent(c.id)}` : urn(`achievement:${doc.id}:${c.id}`);
  const unaligned: Ob3Export['unaligned'] = [];
  const alignment: Ob3Alignment[] = [];
  const notes: string[] = [];
  for (const { skill } of s.skills) {
    const target = frameworkUri(skill.source);
    if (target.uri === undefined) {
      unaligned.push({ skill: skill.id, reason: target.reason });
      continue;
    }
    alignment.push({
      type: ['Alignment'],
      targetName: cleanText(skill.statement),
      targetUrl: target.uri,
      ...(skill.source!.code ? { targetCode: cleanText(skill.source!.code) } : {}),
      targetFramework: cleanText(skill.source!.framework),
      targetType: 'ceasn:Competency',
      ...(skill.description ? { targetDescription: cleanText(skill.description) } : {}),
    });
  }
  if (c.eqfLevel) {
    alignment.push({ type: ['Alignment'], targetName: `EQF level ${c.eqfLevel}`, targetUrl: eqfUri(c.eqfLevel), targetCode: String(c.eqfLevel), targetFramework: 'European Qualifications Framework', targetType: 'ext:EQFLevel' });
  }
  if (!s.outcomes.length) notes.push(`${NO_OUTCOMES} The criteria say so instead of listing what a holder can do.`);
  const rule = passRule(s);
  if (!rule) notes.push('No pass rule is stated (no "grade achieved" and no graded assessment with a required result); the criteria say so.');
  const issuer = c.awardingBody ?? doc.settings.institution;
  const country = c.issuerCountry ?? doc.settings.country;
  if (issuer) notes.push(`The issuer ${cleanText(issuer)} has no web address in the map, so the creator profile has no url.`);
  const results = s.assessments.map((a) => resultDescription(`${id}#result-${encodeURIComponent(a.id)}`, a)).filter((r): r is Ob3ResultDescription => r !== undefined);
  const language = ob3Language(c.language);
  const achievement: Ob3Achievement = {
    '@context': OB3_CONTEXT,
    id,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: cleanText(c.title),
    description: cleanText([c.description, c.credits ? `Credit value: ${formatCredits(c.credits)}.` : ''].filter(Boolean).join(' ')) || cleanText(c.title),
    criteria: { narrative: narrative(s, rule), ...(c.url ? { id: c.url } : {}) },
    ...(alignment.length ? { alignment } : {}),
    ...(c.credits ? { creditsAvailable: c.credits.value } : {}),
    ...(results.length ? { resultDescription: results } : {}),
    ...(issuer
      ? {
          creator: {
            id: base ? `${base}/issuers/${uuidV5(`issuer:${doc.id}:${issuer}`)}` : urn(`issuer:${doc.id}:${issuer}`),
            type: ['Profile'] as ['Profile'],
            name: cleanText(issuer),
            ...(country ? { address: { type: ['Address'] as ['Address'], addressCountry: cleanText(country) } } : {}),
          },
        }
      : {}),
    ...(c.code ? { humanCode: cleanText(c.code) } : {}),
    ...(language ? { inLanguage: language } : {}),
    version: cleanText(c.version),
    tag: ['micro-credential', ...new Set(s.skills.map((k) => cleanText(k.skill.group ?? '')).filter(Boolean))],
  };
  return { achievement, unaligned, notes };
}
