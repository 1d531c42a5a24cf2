import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/engine';
import { ectsEquivalent, formatEcts } from '../../../shared/analysis/credits';
import { analysisReadiness } from '../../../shared/export/analysisReadiness';
import { apply } from '../../helpers/builders';
import { all, first, tableRows, tablesWithHeader, text } from './helpers/docx';
import { ID, NOW, sampleDoc, sampleParts } from './helpers/fixtures';

const analyst = () => sampleDoc().entities[ID.credential.analyst] as Parameters<typeof ectsEquivalent>[0];
const bodyOf = async () => first((await sampleParts()).xml('word/document.xml'), 'w:body')!;

describe('one ECTS figure, worked out once and stated once', () => {
  it('converts through notional hours with one rule: 540 hours at 27.5 hours per ECTS credit', () => {
    const e = ectsEquivalent(analyst(), sampleDoc().settings)!;
    expect(e).toMatchObject({ value: 19.6, hours: 540, perCredit: 27.5 });
    expect(formatEcts(e)).toBe('about 19.6 ECTS credits at 27.5 hours per credit');
    // A map whose own unit is ECTS with its own hours per credit converts at those.
    expect(ectsEquivalent({ workloadHours: 90 }, { creditUnit: 'ects', hoursPerCredit: 30 })).toMatchObject({ value: 3, perCredit: 30 });
    // Nothing to convert: credits in ECTS, or no hours to read.
    expect(ectsEquivalent({ credits: { value: 5, unit: 'ects' }, workloadHours: 135 }, { creditUnit: 'ects' })).toBeUndefined();
    expect(ectsEquivalent({ credits: { value: 5, unit: 'other' } }, { creditUnit: 'ects' })).toBeUndefined();
  });

  it('states the figure in the summary and refers to it in section 6, with the 25–30 rule said once', async () => {
    const body = await bodyOf();
    const rows = tableRows(tablesWithHeader(body, 'Element')[0]!);
    expect(rows.find((r) => r[0] === 'Notional workload (ECTS wherever possible)')![1]).toContain('about 19.6 ECTS credits at 27.5 hours per credit');
    const paragraphs = all(body, 'w:p').map((p) => text(p));
    expect(paragraphs).toContain("ECTS equivalent: see 1 Summary (27.5 hours per ECTS credit, the middle of the 25–30 hours of the ECTS Users' Guide).");
    const all_ = text(body);
    expect(all_.match(/19\.6 ECTS/g)).toHaveLength(1);
    expect(all_.match(/25–30/g)).toHaveLength(1);
    expect(all_).not.toMatch(/18–21\.6/);
  });

  it('does not count the ECTS element as unmet when the specification states the equivalent', () => {
    const doc = sampleDoc();
    const findings = analyse(doc).findings.filter((f) => f.rule === 'eu-2022/workload-ects');
    expect(findings).toEqual([]);
    const eu = analysisReadiness(doc, ID.credential.analyst, doc.settings.profiles, NOW).find((p) => p.profile === 'eu-2022')!;
    expect(eu.results.filter((r) => !r.met)).toEqual([]);
  });

  it('notes further information that restates the figure differently ("about 20 ECTS"), and not the example, which refers to the summary', () => {
    expect(analyse(sampleDoc()).findings.filter((f) => f.rule === 'alignment/ects-mention')).toEqual([]);
    const restated = apply(sampleDoc(), 'entity.update', { id: ID.credential.analyst, changes: { furtherInformation: '540 notional learning hours correspond to about 20 ECTS credits.' } });
    const notes = analyse(restated).findings.filter((f) => f.rule === 'alignment/ects-mention' && f.target === ID.credential.analyst);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', field: 'furtherInformation' });
    expect(notes[0]!.message).toMatch(/mentions 20 ECTS, but its workload is about 19\.6 ECTS credits at 27\.5 hours per credit/);
  });
});
