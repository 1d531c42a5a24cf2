import type { Assessment, GradingScheme, McredDocument } from '../model';
import { formatCredits } from './elements';
import { ExportError } from './errors';
import { scopeOf, type CredentialScope } from './scope';
import { ASSESSMENT_TYPE } from './labels';
import { cleanText } from './text';
import { uuidV5 } from './uuid';

/** The JSON-LD contexts of an Open Badges 3.0 document. */
export const OB3_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] as const;

export interface Ob3Alignment {
  type: ['Alignment'];
  targetName: string;
  targetUrl: string;
  targetCode?: string;
  targetFramework?: string;
  targetType: 'ceasn:Competency';
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
  creator?: { id: string; type: ['Profile']; name: string; url?: string };
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

/** "Learners who earn … can: 1. …" with the assessments: the criteria a badge holder met. */
function narrative(s: CredentialScope): string {
  const lines = [`Learners who earn ${cleanText(s.credential.title)} have shown, through assessment, that they can:`, ''];
  s.outcomes.forEach((o, i) => lines.push(`${i + 1}. ${cleanText(o.outcome.statement)}`));
  if (s.assessments.length) {
    lines.push('', 'Assessment:', '');
    for (const a of s.assessments) lines.push(`- ${cleanText(a.title)} (${ASSESSMENT_TYPE[a.assessmentType].toLowerCase()}${a.weighting !== undefined ? `, ${a.weighting}%` : ''})`);
  }
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
  for (const { skill } of s.skills) {
    if (!skill.source?.uri) {
      unaligned.push({ skill: skill.id, reason: skill.source ? `${skill.source.framework} entry has no URI` : 'no framework source' });
      continue;
    }
    alignment.push({
      type: ['Alignment'],
      targetName: cleanText(skill.statement),
      targetUrl: skill.source.uri,
      ...(skill.source.code ? { targetCode: cleanText(skill.source.code) } : {}),
      targetFramework: cleanText(skill.source.framework),
      targetType: 'ceasn:Competency',
      ...(skill.description ? { targetDescription: cleanText(skill.description) } : {}),
    });
  }
  const issuer = c.awardingBody ?? doc.settings.institution;
  const results = s.assessments.map((a) => resultDescription(`${id}#result-${encodeURIComponent(a.id)}`, a)).filter((r): r is Ob3ResultDescription => r !== undefined);
  const language = ob3Language(c.language);
  const achievement: Ob3Achievement = {
    '@context': OB3_CONTEXT,
    id,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: cleanText(c.title),
    description: cleanText([c.description, c.credits ? `Credit value: ${formatCredits(c.credits)}.` : ''].filter(Boolean).join(' ')) || cleanText(c.title),
    criteria: { narrative: narrative(s), ...(c.url ? { id: c.url } : {}) },
    ...(alignment.length ? { alignment } : {}),
    ...(c.credits ? { creditsAvailable: c.credits.value } : {}),
    ...(results.length ? { resultDescription: results } : {}),
    ...(issuer ? { creator: { id: urn(`issuer:${doc.id}:${issuer}`), type: ['Profile'] as ['Profile'], name: cleanText(issuer) } } : {}),
    ...(c.code ? { humanCode: cleanText(c.code) } : {}),
    ...(language ? { inLanguage: language } : {}),
    version: cleanText(c.version),
    tag: ['micro-credential', ...new Set(s.skills.map((k) => cleanText(k.skill.group ?? '')).filter(Boolean))],
  };
  return { achievement, unaligned };
}
