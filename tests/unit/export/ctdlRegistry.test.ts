import { describe, expect, it } from 'vitest';
import type { CredentialStatus, McredDocument } from '../../../shared/model';
import { scopeOf } from '../../../shared/export/scope';
import { ctdlExport, isoHours } from '../../../shared/export/ctdl';
import { runExport } from '../../../shared/export/request';
import { ID, NOW, sampleDoc } from './helpers/fixtures';

type Node = Record<string, unknown>;
const nodes = (doc: McredDocument, options = {}) => {
  const e = ctdlExport(doc, ID.credential.analyst, options);
  const [credential, organisation] = (e.graph as { '@graph': Node[] })['@graph'];
  return { ...e, credential: credential!, organisation: organisation! };
};
function edited(change: (c: Record<string, unknown>) => void): McredDocument {
  const doc = structuredClone(sampleDoc());
  change(doc.entities[ID.credential.analyst] as unknown as Record<string, unknown>);
  return doc;
}
const withStatus = (status: CredentialStatus) => edited((c) => (c.status = status));

describe('CTDL credential for the Credential Registry (issue 10)', () => {
  const { credential, organisation, notes, graph } = nodes(sampleDoc());

  it('is a ceterms:MicroCredential', () => {
    expect(credential['@type']).toBe('ceterms:MicroCredential');
  });

  it('states the EQF level as the EU URI in its concept scheme', () => {
    expect(credential['ceterms:atLevel']).toEqual([expect.objectContaining({ 'ceterms:targetNode': 'http://data.europa.eu/snb/eqf/6', 'ceterms:framework': 'http://data.europa.eu/snb/eqf/25831c2' })]);
    expect(JSON.stringify(graph)).not.toContain('eqf:6');
  });

  it('gives draft, in review and published distinct life-cycle exports, and notes the statuses CTDL cannot say', () => {
    const life = (s: CredentialStatus) => (nodes(withStatus(s)).credential['ceterms:lifeCycleStatusType'] as Node)['ceterms:targetNode'];
    expect(life('draft')).toBe('lifeCycle:Developing');
    expect(life('in-review')).toBe('lifeCycle:Developing');
    expect(life('published')).toBe('lifeCycle:Active');
    expect(life('retired')).toBe('lifeCycle:Ceased');
    const statusNote = (s: CredentialStatus) => nodes(withStatus(s)).notes.find((n) => n.startsWith('The credential is'));
    expect(statusNote('draft')).toContain('a draft');
    expect(statusNote('in-review')).toContain('in review');
    expect(statusNote('draft')).not.toBe(statusNote('in-review'));
    expect(statusNote('published')).toBeUndefined();
  });

  it('has a machine-readable duration from the workload hours', () => {
    expect(credential['ceterms:estimatedDuration']).toEqual([expect.objectContaining({ '@type': 'ceterms:DurationProfile', 'ceterms:timeRequired': 'PT540H' })]);
    expect(isoHours(7.5)).toBe('PT7H30M');
    expect(isoHours(0.25)).toBe('PT15M');
    expect(isoHours(0)).toBe('PT0H');
  });

  it('has the outcomes as target competencies of a requires condition', () => {
    const s = scopeOf(sampleDoc(), ID.credential.analyst)!;
    const competencies = (credential['ceterms:requires'] as Node[]).flatMap((r) => (r['ceterms:targetCompetency'] as Node[] | undefined) ?? []);
    expect(competencies.map((c) => (c['ceterms:targetNodeName'] as Record<string, string>).en)).toEqual(s.outcomes.map((o) => o.outcome.statement));
  });

  it('names each field the Registry requires and the map lacks, inventing none', () => {
    expect(credential['ceterms:subjectWebpage']).toBeUndefined();
    expect(notes.some((n) => n.includes('subject webpage (ceterms:subjectWebpage'))).toBe(true);
    const org = notes.find((n) => n.includes('owning organisation'))!;
    for (const field of ['ceterms:description', 'ceterms:subjectWebpage', 'ceterms:agentType', 'ceterms:agentSectorType']) expect(org).toContain(field);
    expect(organisation['ceterms:agentType']).toBeUndefined();
    const withUrl = nodes(edited((c) => (c.url = 'https://nsu.example.edu/cyber/pc1')));
    expect(withUrl.credential['ceterms:subjectWebpage']).toBe('https://nsu.example.edu/cyber/pc1');
    expect(withUrl.notes.some((n) => n.includes('ceterms:subjectWebpage; set'))).toBe(false);
  });

  it('puts every id under the base URL when one is given', () => {
    const based = nodes(sampleDoc(), { baseUrl: 'https://sandbox.credentialengineregistry.org/' });
    expect(based.graph['@id']).toMatch(/^https:\/\/sandbox\.credentialengineregistry\.org\/graph\/ce-/);
    for (const id of [based.credential['@id'], based.organisation['@id'], ...(based.credential['ceterms:ownedBy'] as string[])]) expect(id).toMatch(/^https:\/\/sandbox\.credentialengineregistry\.org\/resources\/ce-/);
    expect(credential['@id']).toMatch(/^https:\/\/credentialengineregistry\.org\/resources\/ce-/);
  });

  it('reaches the export dialog and CLI through runExport, notes and base URL included', async () => {
    const out = await runExport(sampleDoc(), { format: 'ctdl', credentialIds: [ID.credential.analyst], baseUrl: 'https://sandbox.credentialengineregistry.org' }, { now: NOW });
    expect(out.notes.some((n) => n.includes('owning organisation'))).toBe(true);
    expect(new TextDecoder().decode(out.bytes)).toContain('https://sandbox.credentialengineregistry.org/resources/ce-');
  });
});
