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
 * "Line" numbers are item numbers (1-based) in CFItems.
 */
export function parseCase(pkg: Json): { skills: ImportedSkill[]; problems: RowProblem[] } {
  const doc = isObject(pkg.CFDocument) ? pkg.CFDocument : {};
  const framework = cleanText(str(doc.title)) ?? 'CASE';
  const items = (pkg.CFItems as unknown[]).filter(isObject);
  const byId = new Map<string, Json>();
  for (const item of items) {
    const id = str(item.identifier);
    if (id) byId.set(id, item);
    const uri = str(item.uri);
    if (uri) byId.set(uri, item);
  }
  const parentOf = new Map<string, string>();
  for (const a of Array.isArray(pkg.CFAssociations) ? pkg.CFAssociations : []) {
    if (!isObject(a) || a.associationType !== 'isChildOf') continue;
    const child = nodeId(a.originNodeURI);
    const parent = nodeId(a.destinationNodeURI);
    if (child && parent && !parentOf.has(child)) parentOf.set(child, parent);
  }
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
    skills.push({
      line,
      statement: statement.slice(0, 2000),
      ...(description ? { description } : {}),
      skillType: itemType.includes('knowledge') ? 'knowledge' : itemType.includes('competenc') ? 'competence' : toSkillType(undefined),
      importance: 'essential',
      source: { framework, ...(code ? { code: code.slice(0, 200) } : {}), ...(uri ? { uri } : {}) },
      ...(group ? { group: group.slice(0, 2000) } : {}),
    });
  });
  return { skills, problems };
}
