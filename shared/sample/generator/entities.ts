import type { Activity, Assessment, Credential, CreditUnit, Id, Outcome, Program, Skill } from '../../model';
import type { Rng } from './prng';
import { bloomLevel, capitalise, credentialTitle, hex, outcomeStatement, paragraph, skillStatement, titleCase, topicSentences } from './text';
import { ACTIVITY_KINDS, ASSESSMENT_TITLES, PROGRAM_LEVELS, PROGRAM_PATTERNS, type Domain } from './words';

/** Builders of one entity each, with every field a real specification would fill in. */

export interface MapStyle {
  institution: string;
  country: string;
  creditUnit: CreditUnit;
  hoursPerCredit: number;
  /** Host name for generated URLs. */
  site: string;
}

const ASSESSMENT_TYPES = ['exam', 'quiz', 'project', 'portfolio', 'practical', 'presentation', 'case-study', 'simulation', 'observation', 'other'] as const;
const ASSESSMENT_WEIGHTS = [8, 8, 20, 16, 14, 8, 10, 6, 8, 2];
const DELIVERY = ['online', 'onsite', 'blended', 'work-based', 'self-paced'] as const;
const AUDIENCES = [
  'Working professionals who want to update their practice',
  'Recent graduates moving into the sector',
  'Career changers with some workplace experience',
  'Team leaders and supervisors',
  'Employees nominated by partner employers',
];

export function makeSkill(rng: Rng, id: Id, d: Domain): Skill {
  const topic = rng.pick(d.topics);
  const s: Skill = {
    id,
    kind: 'skill',
    statement: skillStatement(rng, d),
    skillType: rng.weighted(['knowledge', 'skill', 'competence'] as const, [3, 5, 2]),
    importance: rng.chance(0.65) ? 'essential' : 'optional',
    group: capitalise(topic),
  };
  if (rng.chance(0.4)) s.description = paragraph(rng, topicSentences(d, topic), 1, 2);
  if (rng.chance(0.8)) s.proficiency = rng.weighted(['foundational', 'intermediate', 'advanced', 'expert'] as const, [3, 4, 2, 1]);
  if (rng.chance(0.7)) {
    const framework = rng.weighted(['ESCO', 'O*NET', 'SFIA', 'Employer'], [6, 2, 1, 1]);
    if (framework === 'ESCO') s.source = { framework, uri: `http://data.europa.eu/esco/skill/${hex(rng, 8)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 12)}` };
    else if (framework === 'O*NET') s.source = { framework, code: `${rng.range(11, 53)}-${rng.range(1000, 9199)}.00` };
    else if (framework === 'SFIA') s.source = { framework, code: `${hex(rng, 4).toUpperCase()}`, uri: 'https://sfia-online.org/en/sfia-9' };
    else s.source = { framework };
  }
  if (rng.chance(0.4)) {
    s.demand = {
      employers: d.employers.slice(0, rng.range(1, d.employers.length)),
      jobPostings: rng.range(5, 2_500),
      notes: 'Job postings in the region over the last 12 months.',
    };
  }
  return s;
}

/** An outcome; `code` is its place in its home credential ("LO3"). */
export function makeOutcome(rng: Rng, id: Id, d: Domain, code: number): Outcome {
  const level = bloomLevel(rng);
  const o: Outcome = { id, kind: 'outcome', statement: outcomeStatement(rng, d, level), code: `LO${code}` };
  if (rng.chance(0.03)) o.bloomOverride = rng.pick(['apply', 'analyse', 'evaluate'] as const);
  if (rng.chance(0.5)) o.criteria = `Performance is judged against the published rubric; ${rng.pick(['all', 'most', 'the essential'])} criteria must be met, with evidence from ${rng.pick(['workplace', 'simulated', 'project'])} tasks.`;
  return o;
}

export function makeAssessment(rng: Rng, id: Id, d: Domain): Assessment {
  const type = rng.weighted(ASSESSMENT_TYPES, ASSESSMENT_WEIGHTS);
  const topic = rng.pick(d.topics);
  const a: Assessment = {
    id,
    kind: 'assessment',
    title: `${ASSESSMENT_TITLES[type] ?? 'Assessment'}: ${titleCase(topic)}`,
    assessmentType: type,
    weighting: rng.pick([10, 20, 25, 30, 40, 50, 60, 100]),
    supervision: rng.pick(['none', 'online-proctored', 'onsite-proctored', 'workplace-supervisor', 'assessor-observed'] as const),
    identityVerification: rng.pick(['login', 'photo-id', 'online-id-check', 'in-person'] as const),
    gradingScheme: rng.pick(['pass-fail', 'competent-not-yet', 'letter', 'percentage', 'distinction-merit-pass'] as const),
  };
  if (rng.chance(0.6)) a.description = `Learners produce ${topic} for a realistic brief and explain the choices they made. ${paragraph(rng, topicSentences(d, topic), 1, 1)}`;
  return a;
}

export function makeActivity(rng: Rng, id: Id, d: Domain): Activity {
  const topic = rng.pick(d.topics);
  const contact = rng.pick([0, 2, 3, 4, 6, 8, 12, 16]);
  const a: Activity = {
    id,
    kind: 'activity',
    title: `${rng.pick(ACTIVITY_KINDS)}: ${titleCase(topic)}`,
    deliveryMode: rng.pick(DELIVERY),
    contactHours: contact,
    selfStudyHours: contact * rng.range(1, 3) + rng.pick([1, 2, 5, 10]),
  };
  if (rng.chance(0.5)) a.description = paragraph(rng, topicSentences(d, topic), 1, 3);
  return a;
}

const ECTS_VALUES = [2, 3, 4, 5, 5, 6, 10];
const NZ_VALUES = [5, 10, 15, 15, 20, 30];

export function makeCredential(rng: Rng, id: Id, d: Domain, index: number, style: MapStyle, programTitle: string | undefined): Credential {
  const topic = d.topics[index % d.topics.length] ?? rng.pick(d.topics);
  const code = `MC-${d.short}-${101 + index}`;
  const credits = rng.pick(style.creditUnit === 'nz-credit' ? NZ_VALUES : ECTS_VALUES);
  const eqf = rng.range(4, 7);
  const c: Credential = {
    id,
    kind: 'credential',
    title: credentialTitle(rng, topic),
    code,
    version: rng.pick(['1.0', '1.0', '1.1', '1.2', '2.0']),
    status: rng.weighted(['draft', 'in-review', 'approved'] as const, [3, 2, 5]),
    description: paragraph(rng, topicSentences(d, topic), 2, 4),
    targetAudience: rng.pick(AUDIENCES),
    language: rng.weighted(['en', 'en-IE', 'fr', 'nl', 'fi', 'pt'], [10, 2, 1, 1, 1, 1]),
    url: `https://${style.site}/credentials/${code.toLowerCase()}`,
    learnerIdentification: 'Full legal name and learner number, as verified at enrolment',
    issuerCountry: style.country,
    awardingBody: style.institution,
    dateOfIssue: 'On successful completion of all assessments, within 20 working days',
    workloadHours: Math.round(credits * style.hoursPerCredit),
    credits: { value: credits, unit: style.creditUnit },
    eqfLevel: eqf,
    nqfLevel: `NFQ Level ${eqf + 2}`,
    cycle: eqf <= 5 ? 'short' : eqf === 6 ? 'first' : 'second',
    assessmentType: 'Coursework and practical assessment marked against published criteria',
    participation: rng.pick([['online'], ['onsite'], ['blended'], ['online', 'work-based'], ['onsite', 'work-based']] as const).slice(),
    qualityAssurance: `Approved by the ${style.institution} academic board; external review every five years`,
    prerequisites: rng.chance(0.5) ? 'None beyond the general entry requirements' : `Some experience of ${d.name.toLowerCase()} or a related credential`,
    supervisionAndIdentity: rng.pick(['Supervised on site with photo identification', 'Online proctoring with an identity check', 'Assessor observation in the workplace']),
    gradeAchieved: rng.pick(['Pass / fail', 'Competent / not yet competent', 'Distinction, merit or pass']),
    stackability: programTitle ? `Counts towards the ${programTitle}` : 'Stand-alone; may be recognised for credit on application',
    furtherInformation: `See the credential page for dates, fees and the full assessment schedule.`,
    industryNeed: `Developed with the ${d.name} advisory group: ${d.employers.join(', ')}.`,
    nonDuplication: `No other approved credential at ${style.institution} covers ${topic} at this level.`,
    reviewCycleMonths: rng.pick([12, 24, 36]),
  };
  if (rng.chance(0.4)) c.validityMonths = rng.pick([24, 36, 60]);
  return c;
}

export function makeProgram(rng: Rng, id: Id, d: Domain, style: MapStyle): Program {
  const pattern = rng.pick(PROGRAM_PATTERNS);
  const award = pattern.slice(0, pattern.indexOf(' in ') >= 0 ? pattern.indexOf(' in ') : pattern.indexOf(' of '));
  const info = PROGRAM_LEVELS[award] ?? { level: award, eqf: 6, credits: 60 };
  const slug = d.name.toLowerCase().replace(/[^a-z]+/g, '-');
  return {
    id,
    kind: 'program',
    title: pattern.replace('{d}', d.name),
    level: info.level,
    eqfLevel: info.eqf,
    totalCredits: { value: style.creditUnit === 'nz-credit' ? info.credits * 2 : info.credits, unit: style.creditUnit },
    awardingBody: style.institution,
    url: `https://${style.site}/programmes/${slug}`,
  };
}
