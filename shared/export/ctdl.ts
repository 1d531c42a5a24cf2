import type { CredentialStatus, CreditUnit, McredDocument } from '../model';
import { CREDIT_UNITS } from '../model';
import { ExportError } from './errors';
import { scopeOf } from './scope';
import { cleanText } from './text';
import { uuidV5 } from './uuid';

export const CTDL_CONTEXT = 'https://credreg.net/ctdl/schema/context/json';
const REGISTRY = 'https://credentialengineregistry.org/resources/';

/** A CTDL identifier: `ce-` and a UUID derived from `name`, so re-exports update, not duplicate. */
export const ctid = (name: string): string => `ce-${uuidV5(name)}`;

type LangMap = Record<string, string>;
type JsonLd = Record<string, unknown>;

/**
 * Credential status in CTDL's CredentialStatus scheme. A draft or in-review specification
 * is published, if at all, as probationary: it is not yet an approved, active credential.
 */
const STATUS: Record<CredentialStatus, string> = {
  approved: 'Active',
  published: 'Active',
  retired: 'Deprecated',
  'in-review': 'Probationary',
  'changes-requested': 'Probationary',
  draft: 'Probationary',
};

/** CTDL CreditUnit concepts for the units that have a clear one; others are described in words. */
const CREDIT_UNIT: Partial<Record<CreditUnit, string>> = { 'us-credit-hour': 'SemesterHour', ceu: 'ContinuingEducationUnit' };

function alignmentObject(framework: string, frameworkName: string, node: string, nodeName: string, lang: string): JsonLd {
  return {
    '@type': 'ceterms:CredentialAlignmentObject',
    'ceterms:framework': framework,
    'ceterms:frameworkName': { [lang]: frameworkName },
    'ceterms:targetNode': node,
    'ceterms:targetNodeName': { [lang]: nodeName },
  };
}

/**
 * A credential in Credential Engine's CTDL, as a JSON-LD graph of the credential and its
 * owning organisation: `ceterms:Certificate`, with a CTID derived from the map and
 * credential ids, name and description as language maps, subject webpage, owner and
 * offerer, language, status, credit value, prerequisites and the skills as keywords.
 */
export function ctdlCredential(doc: McredDocument, credentialId: string): JsonLd {
  const s = scopeOf(doc, credentialId);
  if (!s) throw new ExportError('unknown-credential', `There is no micro-credential "${credentialId}" in this map.`);
  const c = s.credential;
  const lang = c.language;
  const text = (v: string): LangMap => ({ [lang]: cleanText(v) });
  const orgName = c.awardingBody ?? doc.settings.institution ?? doc.settings.title;
  const orgCtid = ctid(`organisation:${doc.id}:${orgName}`);
  const credCtid = ctid(`credential:${doc.id}:${c.id}`);
  const credential: JsonLd = {
    '@id': `${REGISTRY}${credCtid}`,
    '@type': 'ceterms:Certificate',
    'ceterms:ctid': credCtid,
    'ceterms:name': text(c.title),
    'ceterms:description': text(c.description ?? c.title),
    ...(c.url ? { 'ceterms:subjectWebpage': c.url } : {}),
    'ceterms:ownedBy': [`${REGISTRY}${orgCtid}`],
    'ceterms:offeredBy': [`${REGISTRY}${orgCtid}`],
    'ceterms:inLanguage': [lang],
    'ceterms:credentialStatusType': alignmentObject('https://credreg.net/ctdl/terms/CredentialStatus', 'Credential Status', `credentialStat:${STATUS[c.status]}`, STATUS[c.status], lang),
    ...(c.code ? { 'ceterms:codedNotation': cleanText(c.code) } : {}),
    'ceterms:keyword': s.skills.map((k) => text(k.skill.statement)),
    'ceterms:audienceLevelType': c.eqfLevel ? [alignmentObject('https://europa.eu/europass/en/description-eight-eqf-levels', 'European Qualifications Framework', `eqf:${c.eqfLevel}`, `EQF level ${c.eqfLevel}`, lang)] : undefined,
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
  if (c.prerequisites || s.requires.length) {
    credential['ceterms:requires'] = [
      {
        '@type': 'ceterms:ConditionProfile',
        'ceterms:description': text(c.prerequisites ?? 'Completion of the required credentials.'),
        ...(s.requires.length ? { 'ceterms:targetCredential': s.requires.map((r) => `${REGISTRY}${ctid(`credential:${doc.id}:${r.credential.id}`)}`) } : {}),
      },
    ];
  }
  if (c.workloadHours !== undefined) {
    credential['ceterms:estimatedDuration'] = [{ '@type': 'ceterms:DurationProfile', 'ceterms:description': text(`${c.workloadHours} hours of notional learning`) }];
  }
  const organisation: JsonLd = {
    '@id': `${REGISTRY}${orgCtid}`,
    '@type': 'ceterms:CredentialOrganization',
    'ceterms:ctid': orgCtid,
    'ceterms:name': text(orgName),
    ...(doc.settings.country || c.issuerCountry ? { 'ceterms:address': [{ '@type': 'ceterms:Place', 'ceterms:addressCountry': text(c.issuerCountry ?? doc.settings.country ?? '') }] } : {}),
  };
  const drop = (o: JsonLd) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return { '@context': CTDL_CONTEXT, '@id': `https://credentialengineregistry.org/graph/${credCtid}`, '@graph': [drop(credential), organisation] };
}
