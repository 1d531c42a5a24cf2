import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildImportPayload, detectFrameworkUpdates, parseImport, planImport, releaseFromName, type ImportFormat, type ParseOptions } from '../../../shared/import';
import type { McredDocument } from '../../../shared/model';
import { apply, makeCredential, makeLink, makeMap, makeOutcome } from '../../helpers/builders';
import { seededRandom } from '../../helpers/json';

const FRAMEWORKS = join(import.meta.dirname, '..', '..', 'fixtures', 'frameworks');

function parseRelease(name: string, format: ImportFormat, options: ParseOptions = {}) {
  const r = parseImport(new Uint8Array(readFileSync(join(FRAMEWORKS, name))), format, options);
  if (!r.ok) throw new Error(`${name}: ${r.message}`);
  return r;
}

/** A map holding every skill of release 1, the first two addressed by an outcome of a credential. */
function mapFrom(name: string, format: ImportFormat, options: ParseOptions = {}): McredDocument {
  const r = parseRelease(name, format, options);
  let doc = makeMap({ entities: [makeOutcome({ id: 'lo_a', code: 'LO1', statement: 'Analyse sales' }), makeOutcome({ id: 'lo_b', statement: 'Query data' }), makeCredential({ id: 'mc_a', title: 'Data Basics' })] });
  doc = apply(doc, 'skill.import', buildImportPayload(doc, planImport(doc, r.skills), seededRandom(7)));
  const skills = Object.values(doc.entities).filter((e) => e.kind === 'skill');
  const byLabel = (s: string) => skills.find((e) => e.statement === s)!.id;
  const [first, second] = [r.skills[0]!.statement, r.skills[1]!.statement].map(byLabel) as [string, string];
  for (const l of [makeLink('addresses', { id: first }, { id: 'lo_a' }), makeLink('addresses', { id: second }, { id: 'lo_b' }), makeLink('part-of', { id: 'lo_a' }, { id: 'mc_a' })]) {
    doc = apply(doc, 'link.create', { link: l });
  }
  return doc;
}

const byChange = (check: ReturnType<typeof detectFrameworkUpdates>) =>
  Object.fromEntries(check.updates.map((u) => [u.statement, { change: u.update.change, statement: u.update.statement, description: u.update.description, replacedBy: u.update.replacedBy }]));

describe('ESCO: two hand-made releases', () => {
  const doc = mapFrom('esco-v1.csv', 'esco', { release: 'ESCO v1' });
  const v2 = parseRelease('esco-v2.csv', 'esco', { release: 'ESCO v2' });

  it('import keeps other names, description, status and the release on the skill', () => {
    const sales = Object.values(doc.entities).find((e) => e.kind === 'skill' && e.statement === 'analyse sales data');
    expect(sales).toMatchObject({ altLabels: ['sales analytics', 'interpret sales figures'], description: 'Examine sales figures to find trends.', source: { framework: 'ESCO', uri: 'http://data.europa.eu/esco/skill/0001', release: 'ESCO v1' } });
    expect(v2.skills.find((s) => s.source?.uri?.endsWith('0004'))).toMatchObject({ obsolete: true, replacedBy: { uri: 'http://data.europa.eu/esco/skill/0007' } });
    expect(v2.release).toBe('ESCO v2');
  });

  it('a partial release: changed label, changed description, replaced (with the successor named), obsolete; nothing removed', () => {
    const check = detectFrameworkUpdates(doc, v2.skills, { found: '2026-12-07', release: v2.release });
    expect(byChange(check)).toEqual({
      'analyse sales data': { change: 'changed', statement: 'analyse sales figures', description: undefined, replacedBy: undefined },
      SQL: { change: 'changed', statement: undefined, description: 'SQL, the query language of relational databases.', replacedBy: undefined },
      'use spreadsheets software': { change: 'replaced', statement: undefined, description: undefined, replacedBy: { statement: 'use spreadsheet software', uri: 'http://data.europa.eu/esco/skill/0007' } },
      'draw up telex messages': { change: 'obsolete', statement: undefined, description: undefined, replacedBy: undefined },
    });
    expect(check).toMatchObject({ checked: 7, unchanged: 2, notInRelease: 1, upToDate: 0, removalsChecked: false, frameworks: ['ESCO'] });
    expect(check.updates.every((u) => u.update.release === 'ESCO v2' && u.update.found === '2026-12-07' && u.matchedBy === 'uri')).toBe(true);
  });

  it('a full release also reports the removed skill', () => {
    const check = detectFrameworkUpdates(doc, v2.skills, { found: '2026-12-07', release: 'ESCO v2', complete: true });
    const removed = check.updates.filter((u) => u.update.change === 'removed');
    expect(removed.map((u) => [u.statement, u.matchedBy])).toEqual([['operate a fax machine', 'none']]);
    expect(check.notInRelease).toBe(0);
  });

  it('names the outcomes and credentials each affected skill reaches', () => {
    const check = detectFrameworkUpdates(doc, v2.skills, { found: '2026-12-07' });
    const sales = check.updates.find((u) => u.statement === 'analyse sales data')!;
    expect(sales.outcomes).toEqual([{ id: 'lo_a', label: 'LO1 Analyse sales' }]);
    expect(sales.credentials).toEqual([{ id: 'mc_a', label: 'Data Basics' }]);
    const sql = check.updates.find((u) => u.statement === 'SQL')!;
    expect([sql.outcomes.map((o) => o.id), sql.credentials]).toEqual([['lo_b'], []]);
  });

  it('the same release again finds nothing: v1 against a map from v1, and skills that record the release are skipped', () => {
    const same = detectFrameworkUpdates(doc, parseRelease('esco-v1.csv', 'esco').skills, { found: '2026-12-07', complete: true });
    expect([same.updates, same.unchanged]).toEqual([[], 7]);
    const recorded = detectFrameworkUpdates(doc, v2.skills, { found: '2026-12-07', release: 'esco v1' });
    expect([recorded.updates, recorded.upToDate]).toEqual([[], 7]);
  });

  it('skills of another framework are not checked, nor reported removed', () => {
    const check = detectFrameworkUpdates(doc, parseRelease('case-v2.json', 'case').skills, { found: '2026-12-07', complete: true });
    expect([check.checked, check.updates]).toEqual([0, []]);
  });
});

describe('CASE: two hand-made packages', () => {
  const doc = mapFrom('case-v1.json', 'case');
  const v2 = parseRelease('case-v2.json', 'case');

  it('reads version, alternative labels and status; the release comes from the CFDocument', () => {
    const v1 = parseRelease('case-v1.json', 'case');
    expect(v1.release).toBe('Data Literacy Framework v1.0');
    expect(v2.release).toBe('Data Literacy Framework v2.0');
    expect(v1.skills[1]).toMatchObject({ altLabels: ['Chart data', 'Plot data'], description: 'Bar and line charts.', source: { code: 'DL.2', release: 'Data Literacy Framework v1.0' } });
    expect(v2.skills.filter((s) => s.obsolete).map((s) => s.source?.code)).toEqual(['DL.4', 'DL.6']);
    // Without a later lastChangeDateTime or today, an end date still ahead is not obsolete.
    expect(parseRelease('case-v2.json', 'case', { today: '2024-12-31' }).skills.filter((s) => s.obsolete).map((s) => s.source?.code)).toEqual(['DL.6']);
  });

  it('changed statement, changed notes, obsolete, replaced; a package is its whole framework, so a missing item is removed', () => {
    const check = detectFrameworkUpdates(doc, v2.skills, { found: '2026-12-07', release: v2.release, complete: true });
    expect(byChange(check)).toEqual({
      'Clean a dataset for analysis': { change: 'changed', statement: 'Clean and validate a dataset for analysis', description: undefined, replacedBy: undefined },
      'Visualise data in charts': { change: 'changed', statement: undefined, description: 'Bar, line and scatter charts.', replacedBy: undefined },
      'Use a slide rule': { change: 'obsolete', statement: undefined, description: undefined, replacedBy: undefined },
      'Record data on punched cards': { change: 'removed', statement: undefined, description: undefined, replacedBy: undefined },
      'Query a database': { change: 'replaced', statement: undefined, description: undefined, replacedBy: { statement: 'Query a relational database with SQL', code: 'DL.7', uri: 'https://case.example.org/uri/i7' } },
    });
    expect(check.unchanged).toBe(1);
  });

  it('matches by framework + code when the URI changed', () => {
    const moved = v2.skills.map((s) => ({ ...s, source: { ...s.source!, uri: s.source!.uri!.replace('case.example.org', 'new.example.org') } }));
    const check = detectFrameworkUpdates(doc, moved, { found: '2026-12-07' });
    expect(check.updates.find((u) => u.statement === 'Clean a dataset for analysis')?.matchedBy).toBe('code');
  });
});

describe('O*NET', () => {
  it('compares labels by Element ID, not the summary of ratings it writes as the description', () => {
    const v1 = parseImport('O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\n11-1011.00\t2.A.1.a\tReading Comprehension\tIM\t4.0\n11-1011.00\t2.A.1.b\tActive Listening\tIM\t4.0\n', 'onet', { sourceName: 'db_28_0_text/Skills.txt' });
    const v2 = parseImport('O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\n11-1011.00\t2.A.1.a\tReading Comprehension\tIM\t3.0\n11-1011.00\t2.A.1.b\tActive Listening and Attention\tIM\t4.0\n', 'onet', { sourceName: 'db_29_0_text/Skills.txt' });
    if (!v1.ok || !v2.ok) throw new Error('not parsed');
    expect([v1.release, v2.release]).toEqual(['O*NET 28.0', 'O*NET 29.0']);
    let doc = makeMap();
    doc = apply(doc, 'skill.import', buildImportPayload(doc, planImport(doc, v1.skills), seededRandom(2)));
    const check = detectFrameworkUpdates(doc, v2.skills, { found: '2026-12-07', release: v2.release, compareDescriptions: false });
    expect(check.updates.map((u) => [u.statement, u.update.change, u.update.statement, u.matchedBy])).toEqual([['Active Listening', 'changed', 'Active Listening and Attention', 'code']]);
  });
});

describe('the release of a file', () => {
  it('from the name of an ESCO download or an O*NET database folder; none from a plain name', () => {
    expect(releaseFromName('esco', 'ESCO dataset - v1.2.0 - classification - en - csv/skills_en.csv')).toBe('ESCO v1.2.0');
    expect(releaseFromName('esco', 'skills_en_1.1.csv')).toBe('ESCO v1.1');
    expect(releaseFromName('esco', 'skills_en.csv')).toBeUndefined();
    expect(releaseFromName('onet', 'db_29_0_text/Skills.txt')).toBe('O*NET 29.0');
    expect(releaseFromName('csv', 'employer v2.0.csv')).toBeUndefined();
  });

  it('the user’s name wins over the file’s; every skill with a source carries it', () => {
    const r = parseRelease('esco-v1.csv', 'esco', { sourceName: 'ESCO dataset - v1.1.2/skills_en.csv', release: '  ESCO v1 (local copy) ' });
    expect(r.release).toBe('ESCO v1 (local copy)');
    expect(new Set(r.skills.map((s) => s.source?.release))).toEqual(new Set(['ESCO v1 (local copy)']));
    expect(parseRelease('esco-v1.csv', 'esco', { sourceName: 'ESCO dataset - v1.1.2/skills_en.csv' }).release).toBe('ESCO v1.1.2');
  });
});
