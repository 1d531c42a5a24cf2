import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { casePackage } from '../../../shared/export/case';
import { frameworkUri } from '../../../shared/export/opendata/frameworks';
import { ID, sampleDoc } from './helpers/fixtures';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../shared/standards/case-v1p0-cfpackage.schema.json', import.meta.url)), 'utf8')) as object;

describe('CASE exact matches to framework URIs (issue 11)', () => {
  const pkg = casePackage(sampleDoc(), ID.credential.analyst, { baseUrl: 'https://case.nsu.edu/ims/case/v1p0' });
  const matches = pkg.CFAssociations.filter((a) => a.associationType === 'exactMatchOf');

  it('matches the O*NET skill to its O*NET OnLine page and ESCO skills to their URIs', () => {
    expect(matches.map((a) => a.destinationNodeURI.uri)).toContain('https://www.onetonline.org/link/summary/15-1212.00');
    expect(matches.find((a) => a.destinationNodeURI.uri.includes('onetonline'))!.destinationNodeURI.identifier).toBe('15-1212.00');
    expect(matches.map((a) => a.destinationNodeURI.uri)).toContain('http://data.europa.eu/esco/skill/fe1c2b32-7fe9-4668-affa-07ff658a68cf');
  });

  it('invents no URI for NICE codes', () => {
    expect(matches.some((a) => /nist|nice/i.test(a.destinationNodeURI.uri))).toBe(false);
    expect(frameworkUri({ framework: 'NICE', code: 'K0682' }).uri).toBeUndefined();
    expect(frameworkUri({ framework: 'O*NET', code: '2.A.1.a' }).uri).toBe('https://www.onetonline.org/find/descriptor/result/2.A.1.a');
    expect(frameworkUri({ framework: 'O*NET', code: 'nonsense' }).uri).toBeUndefined();
  });

  it('stays valid against the CFPackage schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(pkg), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });
});
