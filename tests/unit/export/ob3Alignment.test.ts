import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { McredDocument } from '../../../shared/model';
import { ob3Achievement, ob3Notes } from '../../../shared/export/ob3';
import { ID, sampleDoc } from './helpers/fixtures';

const standard = (file: string): object => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../../shared/standards/${file}`, import.meta.url)), 'utf8')) as object;
const ob3Schema = standard('ob3-achievementcredential.schema.json') as { $id: string };
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(ob3Schema);
const validate = ajv.compile({ $ref: `${ob3Schema.$id}#/$defs/Achievement` });

/** The sample map with the analyst certificate's outcomes detached (its part-of links removed). */
function withoutOutcomes(): McredDocument {
  const doc = structuredClone(sampleDoc());
  for (const [id, l] of Object.entries(doc.links)) if (l.kind === 'part-of' && l.to === ID.credential.analyst) delete doc.links[id];
  return doc;
}

describe('Open Badges 3.0: alignments to skill frameworks (issue 9)', () => {
  const { achievement, unaligned, notes } = ob3Achievement(sampleDoc(), ID.credential.analyst);
  const skills = Object.values(sampleDoc().entities).filter((e) => e.kind === 'skill');

  it('aligns an O*NET occupation code to its O*NET OnLine page', () => {
    const onet = skills.find((k) => k.source?.framework === 'O*NET')!;
    expect(achievement.alignment).toContainEqual(expect.objectContaining({ targetUrl: 'https://www.onetonline.org/link/summary/15-1212.00', targetCode: '15-1212.00', targetFramework: 'O*NET', targetType: 'ceasn:Competency' }));
    expect(unaligned.map((u) => u.skill)).not.toContain(onet.id);
  });

  it('keeps ESCO URIs and leaves NICE codes out of the alignment with the code named in the notes, inventing no URL', () => {
    expect(achievement.alignment?.map((a) => a.targetUrl)).toContain('http://data.europa.eu/esco/skill/fe1c2b32-7fe9-4668-affa-07ff658a68cf');
    expect(achievement.alignment?.some((a) => /nist\.gov|nice/i.test(a.targetUrl))).toBe(false);
    const nice = unaligned.filter((u) => u.reason.includes('NICE'));
    expect(nice.length).toBeGreaterThan(0);
    expect(ob3Notes({ achievement, unaligned, notes }).some((n) => n.includes('K0682'))).toBe(true);
  });

  it('states the EQF level as the EU URI', () => {
    expect(achievement.alignment).toContainEqual(expect.objectContaining({ targetUrl: 'http://data.europa.eu/snb/eqf/6', targetFramework: 'European Qualifications Framework' }));
  });

  it('puts the pass rule in the criteria', () => {
    expect(achievement.criteria.narrative).toMatch(/\nTo pass: .*at least C \(73%\) in every assessment/);
  });

  it('gives the creator a country and, with a base URL, every id under it', () => {
    expect(achievement.creator?.address).toEqual({ type: ['Address'], addressCountry: expect.any(String) });
    const based = ob3Achievement(sampleDoc(), ID.credential.analyst, { baseUrl: 'https://badges.nsu.edu/' }).achievement;
    const ids = [based.id, based.creator!.id, ...(based.resultDescription ?? []).map((r) => r.id)];
    for (const id of ids) expect(id.startsWith('https://badges.nsu.edu/')).toBe(true);
    expect(validate(based), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });
});

describe('Open Badges 3.0: a credential with no outcomes (issue 9)', () => {
  const e = ob3Achievement(withoutOutcomes(), ID.credential.analyst);

  it('says no outcomes are stated instead of ending the criteria with "they can:"', () => {
    expect(e.achievement.criteria.narrative).not.toMatch(/they can:\s*$/);
    expect(e.achievement.criteria.narrative).not.toContain('they can:');
    expect(e.achievement.criteria.narrative).toContain('No learning outcomes are stated for this credential.');
    expect(validate(e.achievement), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('adds a note', () => {
    expect(ob3Notes(e).some((n) => n.startsWith('No learning outcomes are stated'))).toBe(true);
  });
});
