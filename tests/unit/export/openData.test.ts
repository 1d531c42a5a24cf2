import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { casePackage, csvField, ctdlCredential, matrixCsv, ob3Achievement, scopeOf } from '../../../shared/export';
import { ID, sampleDoc } from './helpers/fixtures';

/** The standards folder sits beside the repository (CI copies it to ../shared). */
const standard = (file: string): object => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../../shared/standards/${file}`, import.meta.url)), 'utf8')) as object;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('Open Badges 3.0 achievement', () => {
  const ob3Schema = standard('ob3-achievementcredential.schema.json') as { $id: string };
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(ob3Schema);
  const validate = ajv.compile({ $ref: `${ob3Schema.$id}#/$defs/Achievement` });
  const { achievement, unaligned } = ob3Achievement(sampleDoc(), ID.credential.analyst);

  it('validates against the Achievement definition of the official schema', () => {
    expect(validate(achievement), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('is a MicroCredential with the outcomes as criteria, the credits and a result description per graded assessment', () => {
    const s = scopeOf(sampleDoc(), ID.credential.analyst)!;
    expect(achievement.achievementType).toBe('MicroCredential');
    for (const o of s.outcomes) expect(achievement.criteria.narrative).toContain(o.outcome.statement);
    expect(achievement.creditsAvailable).toBe(12);
    expect(achievement.resultDescription?.map((r) => r.name)).toEqual(s.assessments.map((a) => a.title));
    expect(achievement.id).toMatch(/^urn:uuid:/);
    expect(ob3Achievement(sampleDoc(), ID.credential.analyst).achievement.id).toBe(achievement.id);
    expect(ob3Achievement(sampleDoc(), ID.credential.analyst, { baseUrl: 'https://badges.nsu.edu/' }).achievement.id).toBe('https://badges.nsu.edu/achievements/mc_analyst');
  });

  it('aligns to every skill with a framework URI and reports the ones it had to leave out', () => {
    const s = scopeOf(sampleDoc(), ID.credential.analyst)!;
    const withUri = s.skills.filter((k) => k.skill.source?.uri);
    expect(achievement.alignment?.map((a) => a.targetUrl)).toEqual(expect.arrayContaining(withUri.map((k) => k.skill.source!.uri)));
    expect(achievement.alignment?.[0]).toMatchObject({ type: ['Alignment'], targetFramework: expect.any(String), targetName: withUri[0]!.skill.statement });
    expect(unaligned.map((u) => u.skill).sort()).toEqual(s.skills.filter((k) => !k.skill.source?.uri && k.skill.source?.framework !== 'O*NET').map((k) => k.skill.id).sort());
  });
});

describe('CASE 1.0 package', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(standard('case-v1p0-cfpackage.schema.json'));
  const pkg = casePackage(sampleDoc(), ID.credential.analyst);
  const s = scopeOf(sampleDoc(), ID.credential.analyst)!;

  it('validates against the CFPackage schema', () => {
    expect(validate(pkg), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('has an item for each outcome and skill, associations for each link, and stable UUIDs', () => {
    expect(pkg.CFItems.filter((i) => i.CFItemType === 'Learning outcome').map((i) => i.fullStatement)).toEqual(s.outcomes.map((o) => o.outcome.statement));
    expect(pkg.CFItems.filter((i) => i.CFItemType === 'Skill requirement')).toHaveLength(s.skills.length);
    const links = [...s.addresses.values()].reduce((n, row) => n + row.size, 0);
    expect(pkg.CFAssociations.filter((a) => a.associationType === 'isRelatedTo')).toHaveLength(links);
    expect(pkg.CFAssociations.filter((a) => a.associationType === 'exactMatchOf').map((a) => a.destinationNodeURI.uri)).toEqual(expect.arrayContaining(s.skills.flatMap((k) => (k.skill.source?.uri ? [k.skill.source.uri] : []))));
    for (const x of [pkg.CFDocument, ...pkg.CFItems, ...pkg.CFAssociations]) expect(x.identifier).toMatch(UUID);
    expect(casePackage(sampleDoc(), ID.credential.analyst)).toEqual(pkg);
  });
});

describe('CTDL JSON-LD', () => {
  const graph = ctdlCredential(sampleDoc(), ID.credential.analyst) as { '@graph': Record<string, unknown>[] };
  const [credential, organisation] = graph['@graph'];

  it('describes a ceterms:MicroCredential with a CTID derived from the credential, owner, offerer, language and status', () => {
    expect(credential!['@type']).toBe('ceterms:MicroCredential');
    expect(credential!['ceterms:ctid']).toMatch(/^ce-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((ctdlCredential(sampleDoc(), ID.credential.analyst) as typeof graph)['@graph'][0]!['ceterms:ctid']).toBe(credential!['ceterms:ctid']);
    expect(credential!['ceterms:name']).toEqual({ en: 'Cybersecurity Analyst Professional Certificate' });
    expect(credential!['ceterms:ownedBy']).toEqual([organisation!['@id']]);
    expect(credential!['ceterms:offeredBy']).toEqual([organisation!['@id']]);
    expect(credential!['ceterms:inLanguage']).toEqual(['en']);
    expect(credential!['ceterms:credentialStatusType']).toMatchObject({ 'ceterms:targetNode': 'credentialStat:Probationary' });
    expect(organisation!['ceterms:name']).toEqual({ en: 'Northfield State University, School of Computing' });
  });
});

describe('CSV of the alignment matrix', () => {
  it('has a BOM, CRLF line ends, a column per outcome and I/R/M cells', () => {
    const csv = matrixCsv(sampleDoc(), ID.credential.analyst);
    const s = scopeOf(sampleDoc(), ID.credential.analyst)!;
    expect(csv.startsWith('\uFEFFNo.,Skill requirement,Importance,Framework,Code,URI,LO1: ')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n').slice(0, -1);
    expect(lines).toHaveLength(s.skills.length + 1);
    expect(lines[1]).toMatch(/^S1,/);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\r\nlines"');
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    for (const lead of ['+', '-', '@', '\t', '\r']) expect(csvField(`${lead}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField(' padded ')).toBe('" padded "');
  });
});
