import type { CredentialStatus, CreditUnit, McredDocument } from '../model';
import { CREDIT_UNITS } from '../model';
import { ExportError } from './errors';
import { scopeOf } from './scope';
import { cleanText } from './text';
import { uuidV5 } from './uuid';
import { EQF_SCHEME, eqfUri, frameworkUri, isOnetOccupation } from './opendata/frameworks';

export const CTDL_CONTEXT = 'https://credreg.net/ctdl/schema/context/json';
const REGISTRY = 'https://credentialengineregistry.org';

/** A CTDL identifier: `ce-` and a UUID derived from `name`, so re-exports update, not duplicate. */
export const ctid = (name: string): string => `ce-${uuidV5(name)}`;

type LangMap = Record<string, string>;
type JsonLd = Record<string, unknown>;

/**
 * Credential status in CTDL's CredentialStatus scheme (still required by the Registry's
 * publishing API for credentials). A specification not yet approved is published, if at
 * all, as probationary.
 */
const STATUS: Record<CredentialStatus, string> = {
  approved: 'Active',
  published: 'Active',
  retired: 'Deprecated',
  'in-review': 'Probationary',
  'changes-requested': 'Probationary',
  draft: 'Probationary',
};

/**
 * Life-cycle status in CTDL's LifeCycleStatus scheme, which has four concepts: Developing,
 * Active, Suspended, Ceased. Draft, in review and changes requested are all still being
 * developed; CTDL has no concept that tells them apart, so the export's notes name the
 * status instead.
 */
const LIFECYCLE: Record<CredentialStatus, string> = {
  draft: 'Developing',
  'in-review': 'Developing',
  'changes-requested': 'Developing',
  approved: 'Active',
  published: 'Active',
  retired: 'Ceased',
};

const STATUS_WORDS: Record<CredentialStatus, string> = {
  draft: 'a draft',
  'in-review': 'in review',
  'changes-requested': 'back with its authors for changes',
  approved: 'approved',
  published: 'published',
  retired: 'retired',
};

/** CTDL CreditUnit concepts for the units that have a clear one; others are described in words. */
const CREDIT_UNIT: Partial<Record<CreditUnit, string>> = { 'us-credit-hour': 'SemesterHour', ceu: 'ContinuingEducationUnit' };

function alignmentObject(framework: string | undefined, frameworkName: string, node: string, nodeName: string, lang: string): JsonLd {
  return {
    '@type': 'ceterms:CredentialAlignmentObject',
    ...(framework ? { 'ceterms:framework': framework } : {}),
    'ceterms:frameworkName': { [lang]: frameworkName },
    'ceterms:targetNode': node,
    'ceterms:targetNodeName': { [lang]: nodeName },
  };
}

/** ISO 8601 duration of a number of hours: `PT40H`, `PT7H30M`. */
export function isoHours(hours: number): string {
  const minutes = Math.round(hours * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h || !m ? `${h}H` : ''}${m ? `${m}M` : ''}`;
}

export interface CtdlOptions {
  /** Base URL of the registry (or other host) the resources are published under; default the Credential Registry. */
  baseUrl?: string;
}

export interface CtdlExport {
  graph: JsonLd;
  /** What the Credential Registry would reject or the user should know. */
  notes: string[];
}

/** The Registry's minimum description length (Registry Assistant: "must be a minimum of 15 characters"). */
const MIN_DESCRIPTION = 15;

/**
 * A credential in Credential Engine's CTDL, as a JSON-LD graph of the credential and its
 * owning organisation: `ceterms:MicroCredential`, with a CTID derived from the map and
 * credential ids, name and description as language maps, subject webpage, owner and
 * offerer, language, status and life-cycle status, EQF level (the EU's URI), credit value,
 * estimated duration (ISO 8601 time required), prerequisites, the outcomes as target
 * competencies of a `requires` condition, the skills as keywords and occupations. Nothing
 * is invented: each field the Credential Registry's minimum data policy requires and the
 * map lacks is named in `notes`.
 */
export function ctdlExport(doc: McredDocument, credentialId: string, options: CtdlOptions = {}): CtdlExport {
  const s = scopeOf(doc, credentialId);
  if (!s) throw new ExportError('unknown-credential', `There is no micro-credential "${credentialId}" in this map.`);
  const c = s.credential;
  const lang = c.language;
  const notes: string[] = [];
  const text = (v: string): LangMap => ({ [lang]: cleanText(v) });
  const base = (options.baseUrl?.replace(/\/+$/, '') ?? REGISTRY);
  const resource = (ctidValue: string) => `${base}/resources/${ctidValue}`;
  const orgName = c.awardingBody ?? doc.settings.institution ?? doc.settings.title;
  const orgCtid = ctid(`organisation:${doc.id}:${orgName}`);
  const credCtid = ctid(`credential:${doc.id}:${c.id}`);
  const description = cleanText(c.description ?? '');

  const missing = (what: string, field: string) => notes.push(`Credential Registry: ${what} has no ${field}, which the Registry requires; the record would be rejected until it is added.`);
  if (!c.url) missing('the credential', 'subject webpage (ceterms:subjectWebpage; set the credential\'s web address)');
  if (description.length < MIN_DESCRIPTION) missing('the credential', `description of at least ${MIN_DESCRIPTION} characters (ceterms:description)`);
  if (LIFECYCLE[c.status] !== 'Active') notes.push(`The credential is ${STATUS_WORDS[c.status]}: exported with life-cycle status lifeCycle:${LIFECYCLE[c.status]} (CTDL has no concept for "${c.status}").`);

  const targetCompetency = s.outcomes.map((o) => ({
    '@type': 'ceterms:CredentialAlignmentObject',
    'ceterms:targetNodeName': text(o.outcome.statement),
    ...(o.outcome.criteria ? { 'ceterms:targetNodeDescription': text(o.outcome.criteria) } : {}),
    'ceterms:codedNotation': cleanText(o.label),
  }));
  if (!targetCompetency.length) notes.push('No learning outcomes are stated, so the credential has no target competencies.');

  const occupations: JsonLd[] = [];
  for (const { skill } of s.skills) {
    const target = frameworkUri(skill.source);
    if (target.uri === undefined) {
      if (skill.source?.code) notes.push(`Skill ${skill.id} (${cleanText(skill.source.framework)} ${cleanText(skill.source.code)}) is a keyword only: ${target.reason}.`);
      continue;
    }
    if (target.derived && isOnetOccupation(skill.source!.code)) {
      occupations.push({ ...alignmentObject('https://www.onetonline.org/', 'O*NET', target.uri, skill.statement, lang), 'ceterms:codedNotation': skill.source!.code });
    }
  }

  const credential: JsonLd = {
    '@id': resource(credCtid),
    '@type': 'ceterms:MicroCredential',
    'ceterms:ctid': credCtid,
    'ceterms:name': text(c.title),
    'ceterms:description': text(description || c.title),
    ...(c.url ? { 'ceterms:subjectWebpage': c.url } : {}),
    'ceterms:ownedBy': [resource(orgCtid)],
    'ceterms:offeredBy': [resource(orgCtid)],
    'ceterms:inLanguage': [lang],
    'ceterms:credentialStatusType': alignmentObject('https://credreg.net/ctdl/terms/CredentialStatus', 'Credential Status', `credentialStat:${STATUS[c.status]}`, STATUS[c.status], lang),
    'ceterms:lifeCycleStatusType': alignmentObject('https://credreg.net/ctdl/terms/LifeCycleStatus', 'Life Cycle Status', `lifeCycle:${LIFECYCLE[c.status]}`, LIFECYCLE[c.status], lang),
    ...(c.code ? { 'ceterms:codedNotation': cleanText(c.code) } : {}),
    ...(c.version ? { 'ceterms:versionIdentifier': [{ '@type': 'ceterms:IdentifierValue', 'ceterms:identifierTypeName': text('Specification version'), 'ceterms:identifierValueCode': cleanText(c.version) }] } : {}),
    'ceterms:keyword': s.skills.map((k) => text(k.skill.statement)),
    ...(occupations.length ? { 'ceterms:occupationType': occupations } : {}),
    ...(c.eqfLevel ? { 'ceterms:atLevel': [alignmentObject(EQF_SCHEME, 'European Qualifications Framework', eqfUri(c.eqfLevel), `EQF level ${c.eqfLevel}`, lang)] } : {}),
  };
  if (c.credits) {
    const unit = CREDIT_UNIT[c.credits.unit];
    credential['ceterms:creditValue'] = [
      {
        '@type': 'ceterms:ValueProfile',
        'schema:value': c.credits.value,
        ...(unit ? { 'ceterms:creditUnitType': [alignmentObject('https://credreg.net/ctdl/terms/CreditUnit', 'Credit Unit', `creditUnit:${unit}`, unit, lang)] } : {}),
        'ceterms:description': text(CREDIT_UNITS[c.credits.unit].label),
      },
    ];
  }
  const requires: JsonLd[] = [];
  if (targetCompetency.length) {
    requires.push({ '@type': 'ceterms:ConditionProfile', 'ceterms:description': text('Demonstrate the learning outcomes through assessment.'), 'ceterms:targetCompetency': targetCompetency });
  }
  if (c.prerequisites || s.requires.length) {
    requires.push({
      '@type': 'ceterms:ConditionProfile',
      'ceterms:description': text(c.prerequisites ?? 'Completion of the required credentials.'),
      ...(s.requires.length ? { 'ceterms:targetCredential': s.requires.map((r) => resource(ctid(`credential:${doc.id}:${r.credential.id}`))) } : {}),
    });
  }
  if (requires.length) credential['ceterms:requires'] = requires;
  if (c.workloadHours !== undefined) {
    credential['ceterms:estimatedDuration'] = [{ '@type': 'ceterms:DurationProfile', 'ceterms:description': text(`${c.workloadHours} hours of notional learning`), 'ceterms:timeRequired': isoHours(c.workloadHours) }];
  }

  const country = c.issuerCountry ?? doc.settings.country;
  const organisation: JsonLd = {
    '@id': resource(orgCtid),
    '@type': 'ceterms:CredentialOrganization',
    'ceterms:ctid': orgCtid,
    'ceterms:name': text(orgName),
    ...(country ? { 'ceterms:address': [{ '@type': 'ceterms:Place', 'ceterms:addressCountry': text(country) }] } : {}),
  };
  const orgMissing = ['description (ceterms:description)', 'subject webpage (ceterms:subjectWebpage)', 'agent type (ceterms:agentType)', 'agent sector type (ceterms:agentSectorType)', ...(country ? [] : ['email or address (ceterms:email or ceterms:address)'])];
  notes.push(`Credential Registry: the owning organisation ${cleanText(orgName)} lacks fields the Registry requires of an organisation, which the map does not record: ${orgMissing.join(', ')}. Publish the organisation separately (or complete these) before this credential.`);

  const drop = (o: JsonLd) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return { graph: { '@context': CTDL_CONTEXT, '@id': `${base}/graph/${credCtid}`, '@graph': [drop(credential), organisation] }, notes };
}

/** The CTDL graph alone (see `ctdlExport` for the notes). */
export function ctdlCredential(doc: McredDocument, credentialId: string, options: CtdlOptions = {}): JsonLd {
  return ctdlExport(doc, credentialId, options).graph;
}
