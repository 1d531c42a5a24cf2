import { stampTime, type LinkLevel, type McredDocument } from '../model';
import { bloomText } from './docx/outcomes';
import { ExportError } from './errors';
import { scopeOf } from './scope';
import { cleanText, humanise, wordDateTime } from './text';
import { uuidV5 } from './uuid';
import { frameworkUri } from './opendata/frameworks';

export interface LinkUri {
  title: string;
  identifier: string;
  uri: string;
}

export interface CfItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  humanCodingScheme?: string;
  listEnumeration?: string;
  CFItemType: string;
  CFItemTypeURI: LinkUri;
  CFDocumentURI: LinkUri;
  conceptKeywords?: string[];
  notes?: string;
  language?: string;
  lastChangeDateTime: string;
}

export interface CfAssociation {
  identifier: string;
  uri: string;
  associationType: 'isChildOf' | 'isRelatedTo' | 'exactMatchOf';
  sequenceNumber?: number;
  originNodeURI: LinkUri;
  destinationNodeURI: LinkUri;
  CFAssociationGroupingURI?: LinkUri;
  CFDocumentURI: LinkUri;
  lastChangeDateTime: string;
}

export interface CfPackage {
  CFDocument: Record<string, unknown> & { identifier: string; uri: string; title: string; creator: string; lastChangeDateTime: string };
  CFItems: CfItem[];
  CFAssociations: CfAssociation[];
  CFDefinitions: {
    CFItemTypes: { identifier: string; uri: string; title: string; description: string; hierarchyCode: string; lastChangeDateTime: string }[];
    CFAssociationGroupings: { identifier: string; uri: string; title: string; description: string; lastChangeDateTime: string }[];
  };
}

export interface CaseOptions {
  /** Base URL of a CASE service; without it every `uri` is a `urn:uuid:` URN. */
  baseUrl?: string;
}

const LEVELS: readonly LinkLevel[] = ['introduced', 'reinforced', 'mastered'];

/**
 * A CASE 1.0 package of a credential's framework: the CFDocument, two grouping items
 * ("Learning outcomes", "Industry skill requirements") with the outcomes and skills below
 * them, an `isRelatedTo` association for each skill an outcome addresses (grouped by level:
 * introduced, reinforced, mastered) and an `exactMatchOf` association from each skill to
 * its entry in an external framework (its recorded URI, or the O*NET OnLine page derived
 * from an O*NET code; NICE codes have no published per-statement URI and get none). Identifiers are UUIDs derived from the record ids.
 */
export function casePackage(doc: McredDocument, credentialId: string, options: CaseOptions = {}): CfPackage {
  const s = scopeOf(doc, credentialId);
  if (!s) throw new ExportError('unknown-credential', `There is no micro-credential "${credentialId}" in this map.`);
  const c = s.credential;
  const base = options.baseUrl?.replace(/\/+$/, '');
  const idOf = (name: string) => uuidV5(`case:${doc.id}:${c.id}:${name}`);
  const uriOf = (kind: string, id: string) => (base ? `${base}/${kind}/${id}` : `urn:uuid:${id}`);
  const link = (kind: string, id: string, title: string): LinkUri => ({ title: cleanText(title), identifier: id, uri: uriOf(kind, id) });
  const changed = (...ids: string[]) => {
    let best = '';
    for (const id of ids) for (const st of Object.values(doc.meta.stamps[id] ?? {})) if (st > best) best = st;
    return best ? wordDateTime(stampTime(best)) : wordDateTime(new Date(0));
  };

  const docId = idOf('document');
  const title = `${c.title}: learning outcomes and industry skill requirements`;
  const docLink = link('CFDocuments', docId, title);
  const typeDefs = ['Learning outcome', 'Skill requirement', 'Group'].map((t, i) => ({
    identifier: idOf(`type:${t}`),
    uri: uriOf('CFItemTypes', idOf(`type:${t}`)),
    title: t,
    description: ['What a learner can do on completing the credential', 'An industry skill requirement the credential answers', 'A heading that groups items'][i]!,
    hierarchyCode: String(i + 1),
    lastChangeDateTime: changed(c.id),
  }));
  const typeLink = (i: number) => link('CFItemTypes', typeDefs[i]!.identifier, typeDefs[i]!.title);
  const groupings = LEVELS.map((l) => ({
    identifier: idOf(`grouping:${l}`),
    uri: uriOf('CFAssociationGroupings', idOf(`grouping:${l}`)),
    title: humanise(l),
    description: `The outcome ${l === 'introduced' ? 'introduces' : l === 'reinforced' ? 'reinforces' : 'brings learners to mastery of'} the skill.`,
    lastChangeDateTime: changed(c.id),
  }));

  const items: CfItem[] = [];
  const associations: CfAssociation[] = [];
  const item = (key: string, type: number, statement: string, extra: Partial<CfItem>, stampIds: string[]): LinkUri => {
    const id = idOf(`item:${key}`);
    items.push({
      identifier: id,
      uri: uriOf('CFItems', id),
      fullStatement: cleanText(statement),
      CFItemType: typeDefs[type]!.title,
      CFItemTypeURI: typeLink(type),
      CFDocumentURI: docLink,
      language: c.language,
      lastChangeDateTime: changed(...stampIds),
      ...extra,
    });
    return link('CFItems', id, statement);
  };
  const associate = (key: string, type: CfAssociation['associationType'], origin: LinkUri, destination: LinkUri, extra: Partial<CfAssociation>, stampIds: string[]) => {
    const id = idOf(`association:${key}`);
    associations.push({ identifier: id, uri: uriOf('CFAssociations', id), associationType: type, originNodeURI: origin, destinationNodeURI: destination, CFDocumentURI: docLink, lastChangeDateTime: changed(...stampIds), ...extra });
  };

  const outcomesGroup = item('group:outcomes', 2, 'Learning outcomes', { listEnumeration: '1' }, [c.id]);
  const skillsGroup = item('group:skills', 2, 'Industry skill requirements', { listEnumeration: '2' }, [c.id]);
  associate('group:outcomes', 'isChildOf', outcomesGroup, docLink, { sequenceNumber: 1 }, [c.id]);
  associate('group:skills', 'isChildOf', skillsGroup, docLink, { sequenceNumber: 2 }, [c.id]);
  const outcomeLinks = new Map<string, LinkUri>();
  s.outcomes.forEach((o, i) => {
    const l = item(o.outcome.id, 0, o.outcome.statement, { humanCodingScheme: o.label, listEnumeration: String(i + 1), notes: `Bloom's level: ${bloomText(o.outcome).text}` }, [o.outcome.id]);
    outcomeLinks.set(o.outcome.id, l);
    associate(`child:${o.outcome.id}`, 'isChildOf', l, outcomesGroup, { sequenceNumber: i + 1 }, [o.partOf.id]);
  });
  s.skills.forEach((k, i) => {
    const sk = k.skill;
    const src = sk.source;
    const l = item(sk.id, 1, sk.statement, {
      humanCodingScheme: src?.code ? cleanText(src.code) : k.label,
      listEnumeration: String(i + 1),
      conceptKeywords: [sk.skillType, sk.importance, ...(sk.proficiency ? [sk.proficiency] : [])],
      ...(src ? { notes: cleanText(`Source: ${[src.framework, src.code, src.uri].filter(Boolean).join(' ')}`) } : {}),
    }, [sk.id]);
    associate(`child:${sk.id}`, 'isChildOf', l, skillsGroup, { sequenceNumber: i + 1 }, [sk.id]);
    const match = frameworkUri(src);
    if (match.uri !== undefined) associate(`match:${sk.id}`, 'exactMatchOf', l, { title: cleanText(`${src!.framework}: ${sk.statement}`), identifier: src!.code ?? match.uri, uri: match.uri }, {}, [sk.id]);
    for (const [outcomeId, addr] of s.addresses.get(sk.id) ?? []) {
      const o = outcomeLinks.get(outcomeId);
      const g = groupings[LEVELS.indexOf(addr.level)]!;
      if (o) associate(addr.id, 'isRelatedTo', o, l, { CFAssociationGroupingURI: link('CFAssociationGroupings', g.identifier, g.title) }, [addr.id]);
    }
  });

  const institution = c.awardingBody ?? doc.settings.institution ?? doc.settings.title;
  return {
    CFDocument: {
      identifier: docId,
      uri: docLink.uri,
      CFPackageURI: link('CFPackages', docId, title),
      creator: cleanText(institution),
      publisher: cleanText(institution),
      title: cleanText(title),
      description: cleanText(c.description ?? c.title),
      language: c.language,
      version: cleanText(c.version),
      adoptionStatus: c.status === 'approved' ? 'Adopted' : 'Draft',
      ...(c.url ? { officialSourceURL: c.url } : {}),
      lastChangeDateTime: changed(c.id, ...s.outcomes.map((o) => o.outcome.id), ...s.skills.map((k) => k.skill.id)),
    },
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: { CFItemTypes: typeDefs, CFAssociationGroupings: groupings },
  };
}
