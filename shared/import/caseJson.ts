import { splitLabels } from './esco';
import { cleanBlock, cleanText, cleanUri, toSkillType } from './normalise';
import type { ImportedSkill, RowProblem } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Whether parsed JSON has the shape of a CASE 1.0 package. */
export function isCasePackage(v: unknown): v is Json {
  return isObject(v) && Array.isArray(v.CFItems);
}

/** The identifier of an association end (`{identifier, uri, title}` or a bare string). */
function nodeId(v: unknown): string | undefined {
  return isObject(v) ? (str(v.identifier) ?? str(v.uri)) : str(v);
}

/**
 * CASE 1.0 package (CFDocument, CFItems, CFAssociations). Each CFItem becomes a skill:
 * fullStatement → statement, notes → description, humanCodingScheme (else identifier) → code,
 * uri → source URI, the CFDocument's title → framework. `isChildOf` associations give the
 * group: the parent item's abbreviatedStatement or fullStatement (none when the parent is the
 * document itself). CFItemType naming knowledge or competence sets the type, else skill.
 * "Line" numbers are item numbers (1-based) in CFItems. `alternativeLabel` (one per line)
 * gives other names. An item whose `statusEndDate` is before `today` (else before the
 * document's `lastChangeDateTime`) is obsolete; a `replacedBy` association names its successor.
 */
export function parseCase(pkg: Json, today?: string): { skills: ImportedSkill[]; problems: RowProblem[] } {
  const doc = isObject(pkg.CFDocument) ? pkg.CFDocument : {};
  const framework = cleanText(str(doc.title)) ?? 'CASE';
  const cutoff = (today ?? str(doc.lastChangeDateTime))?.slice(0, 10);
  const items = (pkg.CFItems as unknown[]).filter(isObject);
  const byId = new Map<string, Json>();
  for (const item of items) {
    const id = str(item.identifier);
    if (id) byId.set(id, item);
    const uri = str(item.uri);
    if (uri) byId.set(uri, item);
  }
  const parentOf = new Map<string, string>();
  const successorOf = new Map<string, unknown>();
  for (const a of Array.isArray(pkg.CFAssociations) ? pkg.CFAssociations : []) {
    if (!isObject(a) || (a.associationType !== 'isChildOf' && a.associationType !== 'replacedBy')) continue;
    const from = nodeId(a.originNodeURI);
    const to = nodeId(a.destinationNodeURI);
    if (!from || !to) continue;
    if (a.associationType === 'replacedBy') {
      if (!successorOf.has(from)) successorOf.set(from, a.destinationNodeURI);
    } else if (!parentOf.has(from)) parentOf.set(from, to);
  }
  /** The successor as the package names it: the item's own statement and code when it is in the package. */
  const successor = (end: unknown): NonNullable<ImportedSkill['replacedBy']> => {
    const key = nodeId(end);
    const item = key ? byId.get(key) : undefined;
    const statement = cleanText(str(item?.fullStatement)) ?? (isObject(end) ? cleanText(str(end.title)) : undefined);
    const code = cleanText(str(item?.humanCodingScheme));
    const uri = cleanUri(str(item?.uri) ?? (isObject(end) ? str(end.uri) : undefined));
    return { ...(statement ? { statement: statement.slice(0, 2000) } : {}), ...(code ? { code: code.slice(0, 200) } : {}), ...(uri ? { uri } : {}) };
  };
  const skills: ImportedSkill[] = [];
  const problems: RowProblem[] = [];
  (pkg.CFItems as unknown[]).forEach((item, index) => {
    const line = index + 1;
    if (!isObject(item)) return void problems.push({ line, message: 'is not a CFItem object' });
    const statement = cleanText(str(item.fullStatement)) ?? cleanText(str(item.abbreviatedStatement));
    if (!statement) return void problems.push({ line, message: 'CFItem has no fullStatement' });
    const identifier = str(item.identifier);
    const parentKey = (identifier && parentOf.get(identifier)) ?? parentOf.get(str(item.uri) ?? '');
    const parent = parentKey ? byId.get(parentKey) : undefined;
    const group = parent ? (cleanText(str(parent.abbreviatedStatement)) ?? cleanText(str(parent.fullStatement))) : undefined;
    const code = cleanText(str(item.humanCodingScheme)) ?? cleanText(identifier);
    const uri = cleanUri(str(item.uri));
    const description = cleanBlock(str(item.notes));
    const itemType = str(item.CFItemType)?.toLowerCase() ?? '';
    const alt = splitLabels(str(item.alternativeLabel) ?? '');
    const replaced = (identifier ? successorOf.get(identifier) : undefined) ?? successorOf.get(str(item.uri) ?? '');
    const ended = str(item.statusEndDate)?.slice(0, 10);
    const obsolete = replaced !== undefined || (ended !== undefined && cutoff !== undefined && ended < cutoff);
    skills.push({
      line,
      statement: statement.slice(0, 2000),
      ...(description ? { description } : {}),
      skillType: itemType.includes('knowledge') ? 'knowledge' : itemType.includes('competenc') ? 'competence' : toSkillType(undefined),
      importance: 'essential',
      source: { framework, ...(code ? { code: code.slice(0, 200) } : {}), ...(uri ? { uri } : {}) },
      ...(group ? { group: group.slice(0, 2000) } : {}),
      ...(alt.length ? { altLabels: alt } : {}),
      ...(obsolete ? { obsolete: true } : {}),
      ...(replaced !== undefined ? { replacedBy: successor(replaced) } : {}),
    });
  });
  return { skills, problems };
}

/** The release a CASE package is: its CFDocument's version, else the date of its last change. */
export function caseRelease(pkg: Json): string | undefined {
  const doc = isObject(pkg.CFDocument) ? pkg.CFDocument : {};
  const version = cleanText(str(doc.version));
  const changed = cleanText(str(doc.lastChangeDateTime))?.slice(0, 10);
  const title = cleanText(str(doc.title)) ?? 'CASE';
  const release = version ? `${title} ${/^\d/.test(version) ? `v${version}` : version}` : changed ? `${title} ${changed}` : undefined;
  return release?.slice(0, 200);
}
