import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, ExportError, exportCatalogue, exportSpecification, uuidV5 } from '../../../shared/export';
import { sha1 } from '../../../shared/export/uuid';
import { all, first, readDocx, tableRows, tablesWithHeader, text } from './helpers/docx';
import { ID, NOW, sampleDoc } from './helpers/fixtures';

describe('word diff', () => {
  const join = (parts: { op: string; text: string }[], keep: string) => parts.filter((p) => p.op === 'equal' || p.op === keep).map((p) => p.text).join('');

  it('gives back both texts: equal + deleted is the old one, equal + inserted the new one', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const parts = diffWords(a, b);
        expect(join(parts, 'delete')).toBe(a);
        expect(join(parts, 'insert')).toBe(b);
      }),
    );
    const words = fc.array(fc.constantFrom('risk', 'plan', 'the', 'owners', ',', ' ', 'cost', 'and'), { maxLength: 30 }).map((w) => w.join(''));
    fc.assert(
      fc.property(words, words, (a, b) => {
        const parts = diffWords(a, b);
        expect(join(parts, 'delete')).toBe(a);
        expect(join(parts, 'insert')).toBe(b);
        for (let i = 1; i < parts.length; i++) expect(parts[i]!.op === parts[i - 1]!.op).toBe(false);
      }),
    );
  });

  it('reads as a reviewer expects: a phrase inserted, a word replaced', () => {
    expect(diffWords('plans to owners', 'plans, including controls, to owners')).toEqual([
      { op: 'equal', text: 'plans' },
      { op: 'insert', text: ', including controls,' },
      { op: 'equal', text: ' to owners' },
    ]);
    expect(diffWords('Describe the risks', 'Evaluate the risks')).toEqual([
      { op: 'delete', text: 'Describe' },
      { op: 'insert', text: 'Evaluate' },
      { op: 'equal', text: ' the risks' },
    ]);
  });

  it('stays fast on two different 10,000-character fields', () => {
    const a = 'alpha beta gamma '.repeat(600);
    const b = 'delta beta epsilon '.repeat(600);
    const t = performance.now();
    const parts = diffWords(a, b);
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(join(parts, 'insert')).toBe(b);
  });
});

describe('deterministic identifiers', () => {
  it('computes SHA-1 like node:crypto and UUID v5 like RFC 9562', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const hex = Buffer.from(sha1(new TextEncoder().encode(s))).toString('hex');
        expect(hex).toBe(createHash('sha1').update(s, 'utf8').digest('hex'));
      }),
    );
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('catalogue and errors', () => {
  it('builds one chapter per credential, reports progress, and lists the chapters in its contents', async () => {
    const progress: [number, number][] = [];
    const bytes = await exportCatalogue(sampleDoc(), [ID.credential.analyst, ID.credential.cloud], { now: NOW, onProgress: (d, t) => progress.push([d, t]) });
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    const body = first(readDocx(bytes).xml('word/document.xml'), 'w:body')!;
    const h1 = all(body, 'w:p').filter((p) => first(p, 'w:pStyle')?.attrs['w:val'] === 'Heading1').map((p) => text(p).replace(/\s+/g, ' '));
    expect(h1).toEqual(expect.arrayContaining(['1 Cybersecurity Analyst Professional Certificate', '2 Cloud Security Fundamentals', '3 Revision history']));
    const h2 = all(body, 'w:p').filter((p) => first(p, 'w:pStyle')?.attrs['w:val'] === 'Heading2').map((p) => text(p).replace(/\s+/g, ' '));
    expect(h2).toEqual(expect.arrayContaining(['1.1 Summary of standard elements', '2.3 Learning outcomes']));
  });

  it('names itself a catalogue, not a specification, in the last line of its revision history', async () => {
    const body = first(readDocx(await exportCatalogue(sampleDoc(), [ID.credential.analyst, ID.credential.cloud], { now: NOW, pageNumbers: false })).xml('word/document.xml'), 'w:body')!;
    const history = tableRows(tablesWithHeader(body, 'Date').at(-1)!);
    expect(history[1]![1]).toBe('This document: catalogue of 2 micro-credentials');
    expect(history.flat().join(' ')).not.toMatch(/specification version/);
  });

  it('refuses an unknown credential and an empty catalogue in words', async () => {
    await expect(exportSpecification(sampleDoc(), 'mc_nope', { now: NOW })).rejects.toThrow(/no micro-credential "mc_nope"/);
    await expect(exportSpecification(sampleDoc(), ID.outcome.triage, { now: NOW })).rejects.toThrow(/is an outcome, not a micro-credential/);
    await expect(exportCatalogue(sampleDoc(), [], { now: NOW })).rejects.toThrow(ExportError);
  });

  it('gives the same document for the same map (up to the bookmark numbers docx counts per process)', async () => {
    const strip = (b: Uint8Array) => readDocx(b).raw('word/document.xml').replace(/_Toc\d+/g, '_Toc').replace(/w:id="\d+"/g, '');
    const a = await exportSpecification(sampleDoc(), ID.credential.analyst, { now: NOW, against: ID.revision.facultyReview });
    const b = await exportSpecification(sampleDoc(), ID.credential.analyst, { now: NOW, against: ID.revision.facultyReview });
    expect(strip(a)).toBe(strip(b));
    expect(readDocx(a).raw('docProps/core.xml')).toBe(readDocx(b).raw('docProps/core.xml'));
  });
});
