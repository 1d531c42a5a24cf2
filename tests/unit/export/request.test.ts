import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, ExportError, runExport } from '../../../shared/export';
import { readDocx } from './helpers/docx';
import { ID, NOW, sampleDoc } from './helpers/fixtures';

describe('runExport: one entry point for the dialog, the host and the CLI', () => {
  it('exports every format of the analyst certificate', { timeout: 60_000 }, async () => {
    for (const format of EXPORT_FORMATS) {
      const out = await runExport(sampleDoc(), { format, credentialIds: [ID.credential.analyst] }, { now: NOW });
      expect(out.bytes.byteLength, format).toBeGreaterThan(500);
      if (out.extension === 'docx') expect(readDocx(out.bytes).files).toContain('word/document.xml');
      else if (out.extension === 'csv') expect([...out.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      else expect(() => JSON.parse(new TextDecoder().decode(out.bytes)) as unknown, format).not.toThrow();
    }
  });

  it('notes the skills left out of the Open Badges alignment', async () => {
    const out = await runExport(sampleDoc(), { format: 'ob3', credentialIds: [ID.credential.analyst] }, { now: NOW });
    expect(out.notes.some((n) => n.includes('requires a target URL'))).toBe(true);
  });

  it('asks which credential when the map has several and none is named', async () => {
    const attempt = runExport(sampleDoc(), { format: 'docx' }, { now: NOW });
    await expect(attempt).rejects.toThrow(ExportError);
    await expect(attempt).rejects.toThrow(/mc_analyst \(Cybersecurity Analyst Professional Certificate\)/);
  });

  it('exports every credential into a catalogue by default, reporting progress', async () => {
    const seen: number[] = [];
    await runExport(sampleDoc(), { format: 'catalog', statuses: 'all' }, { now: NOW, onProgress: (d) => seen.push(d) });
    expect(seen).toEqual([1, 2]);
  });
});
