import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPostings, readPostings } from '../../../shared/evidence';
import { decodeText } from '../../../shared/import';
import { createSampleDocument } from '../../../shared/sample';

const dir = join(__dirname, '../../fixtures/postings');
const text = (name: string) => decodeText(new Uint8Array(readFileSync(join(dir, name)))).text;
const doc = createSampleDocument();

const byId = (r: ReturnType<typeof countPostings>) => Object.fromEntries(r.skills.map((s) => [s.skill, s.postings]));

// Counted by hand from the rows of tests/fixtures/postings/postings.csv (see its README).
const CSV_COUNTS = {
  sk_alerts: 3,
  sk_logs: 4,
  sk_threats: 4,
  sk_correlation: 3,
  sk_incident: 3,
  sk_scripting: 2,
  sk_vulnid: 3,
  sk_firewall: 2,
  sk_encryption: 3,
  sk_iam: 2,
  sk_clouddata: 2,
  sk_remediation: 1,
  sk_riskid: 1,
  sk_reporting: 1,
};

describe('postings.csv (hand-made, 28 rows)', () => {
  const read = readPostings(text('postings.csv'));

  it('reads the header past the BOM, guesses the mapping and keeps quoted commas and newlines', () => {
    expect(read.reader.format).toBe('csv');
    expect(read.reader.mapping).toEqual({ title: 'Job Title', employer: 'Company', date: 'Date Posted', text: 'Description' });
    expect(read.postings).toHaveLength(24);
    const third = read.postings[2]!;
    expect(third).toMatchObject({ line: 4, employer: 'Acme Security', date: '2025-02-20' });
    expect(third.text).toBe('Handling incidents, writing scripts in Python\nand identifying vulnerabilities.');
    expect(read.postings[3]!.line).toBe(6);
  });

  it('reports the ragged, hostile, undated and empty rows with their physical lines and skips them', () => {
    expect(read.problems.map((p) => p.line)).toEqual([13, 14, 21, 22]);
    expect(read.problems[0]!.message).toMatch(/has 3 columns, the header has 5/);
    expect(read.problems[1]!.message).toMatch(/spreadsheet formula/);
    expect(read.problems[2]!.message).toMatch(/"15\/10\/2025" is not a date/);
    expect(read.problems[3]!.message).toMatch(/Description is empty/);
  });

  it('counts each skill exactly as counted by hand, with the period and employers', () => {
    const r = countPostings(doc, read.postings);
    expect(r.postings).toBe(24);
    expect(r.from).toBe('2025-01-15');
    expect(r.to).toBe('2025-12-31');
    expect(byId(r)).toEqual(CSV_COUNTS);
    const logs = r.skills.find((s) => s.skill === 'sk_logs')!;
    expect(logs.employers).toEqual([
      { name: 'Acme Security', postings: 3 },
      { name: 'Northfield Regional Health System', postings: 1 },
    ]);
    // Row 1 says "perform log file analysis": the longer phrase matches first.
    expect(logs.phrases).toEqual([
      { name: 'log file analysis', postings: 3 },
      { name: 'performing log file analysis', postings: 1 },
    ]);
    expect(r.employers[0]).toEqual({ name: 'Acme Security', postings: 8 });
  });

  it('explains each count: the phrase, the first posting and its own words', () => {
    const r = countPostings(doc, read.postings);
    const scripting = r.skills.find((s) => s.skill === 'sk_scripting')!;
    expect(scripting.example).toMatchObject({ line: 4, title: 'Cyber Defense Analyst', employer: 'Acme Security', phrase: 'writing scripts' });
    expect(scripting.example!.snippet).toContain('writing scripts in Python');
    const correlation = r.skills.find((s) => s.skill === 'sk_correlation')!;
    expect(correlation.phrases).toEqual([
      { name: 'event correlation', postings: 2 },
      { name: 'performing event correlation', postings: 1 },
    ]);
  });

  it('does not count words out of order or a different word with the same start', () => {
    const r = countPostings(doc, [
      { line: 1, text: 'Threats to cybersecurity are reviewed weekly.' },
      { line: 2, text: 'Encrypted backups; firewall rules are defined by the team.' },
    ]);
    expect(r.skills.every((s) => s.postings === 0)).toBe(true);
  });
});

describe('postings.jsonl', () => {
  const read = readPostings(text('postings.jsonl'));

  it('reads schema.org keys, an organisation object, and reports bad lines by number', () => {
    expect(read.reader.format).toBe('jsonl');
    expect(read.reader.mapping).toEqual({ title: 'title', employer: 'hiringOrganization', date: 'datePosted', text: 'description' });
    expect(read.postings.map((p) => p.line)).toEqual([1, 2, 6, 8]);
    expect(read.postings[0]).toMatchObject({ employer: 'Acme Security', date: '2025-03-01' });
    expect(read.problems.map((p) => [p.line, p.message.split(' (')[0]])).toEqual([
      [3, 'is not valid JSON'],
      [5, 'is not a JSON object'],
      [7, 'hiringOrganization "@SUM(A1:A9)" looks like a spreadsheet formula; the row was skipped'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('counts exactly', () => {
    const r = countPostings(doc, read.postings);
    expect(r.postings).toBe(4);
    expect([r.from, r.to]).toEqual(['2025-03-01', '2025-09-30']);
    const counts = Object.fromEntries(Object.entries(byId(r)).filter(([, n]) => n > 0));
    expect(counts).toEqual({ sk_alerts: 1, sk_logs: 2, sk_firewall: 1, sk_encryption: 1, sk_incident: 1, sk_scripting: 1, sk_threats: 1 });
  });
});

describe('in demand, not in the map', () => {
  it('lists frequent two-word phrases that are no skill\'s name, and skills in demand that no outcome addresses', () => {
    const r = countPostings(doc, [
      { line: 2, text: 'Threat intelligence and log file analysis for our SOC.' },
      { line: 3, text: 'Threat intelligence feeds; penetration testing.' },
      { line: 4, text: 'Penetration tests, threat intelligence, log file analysis.' },
      { line: 5, text: 'Customer service.' },
    ]);
    expect(r.phrases).toEqual([
      { name: 'threat intelligence', postings: 3 },
      { name: 'penetration testing', postings: 2 },
    ]);
    expect(r.phrasesApproximate).toBe(false);
    const logs = r.skills.find((s) => s.skill === 'sk_logs')!;
    expect(logs.covered).toBe(true);
    const lonely = countPostings({ ...doc, links: {} }, [{ line: 2, text: 'log file analysis' }]);
    expect(lonely.skills.find((s) => s.skill === 'sk_logs')).toMatchObject({ postings: 1, covered: false });
  });
});
