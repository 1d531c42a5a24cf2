import { describe, expect, it } from 'vitest';
import { MERGE_AUTHOR, mergeNotice, summariseChanges, type ChangeSummary } from '../../../shared/merge';
import { ANA, BEN, OPENED, merge, open } from './support/story';

/** "What changed" in words, for the notice after a merge and its list. */

const texts = (cs: readonly ChangeSummary[]) => cs.map((c) => c.text);

describe('summariseChanges', () => {
  it('says who changed what, one line per record and author, oldest first', () => {
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'lo_analyse', changes: { statement: 'Analyse firewall and proxy logs to find the intrusions that matter most' } }, OPENED + 10);
    ana.apply('entity.create', { entity: { id: 'sk_cloud', kind: 'skill', statement: 'Harden cloud accounts', skillType: 'skill', importance: 'essential' } }, OPENED + 11);
    ana.apply('layout.move', { positions: { sk_triage: { x: 9, y: 9 } } }, OPENED + 12);
    ana.apply('settings.update', { changes: { title: 'Security credentials', creditUnit: 'nz-credit' } }, OPENED + 13);
    ana.apply('comment.resolve', { id: 'cm_root', resolved: true }, OPENED + 14);
    ana.apply('link.update', { id: 'ln_base', changes: { level: 'mastered' } }, OPENED + 15);
    ana.apply('endorsement.add', { endorsement: { id: 'en_ben', target: 'sk_triage', person: BEN.id, date: '2026-01-06' } }, OPENED + 16);
    ana.apply('comment.add', { comment: { id: 'cm_re', target: 'sk_triage', author: ANA.id, at: '2026-01-05T10:00:00Z', body: 'Yes', replyTo: 'cm_root' } }, OPENED + 17);
    ana.apply('link.create', { link: { id: 'ln_cloud', kind: 'addresses', from: 'sk_cloud', to: 'lo_contain', level: 'introduced' } }, OPENED + 18);
    expect(texts(summariseChanges(ben.doc, ana.doc))).toEqual([
      'Ana Lopez changed the statement of outcome “Analyse firewall and proxy logs to find the intrusions that…”',
      'Ana Lopez added skill “Harden cloud accounts”',
      'Ana Lopez moved skill “Triage alerts”',
      "Ana Lopez changed the map's title and credit unit",
      'Ana Lopez resolved a comment thread on skill “Triage alerts”',
      'Ana Lopez changed the level of the link “Triage alerts” is addressed by “Analyse firewall and proxy logs to find the intrusions that…”',
      'Ana Lopez recorded an endorsement of skill “Triage alerts” by Ben Okafor',
      'Ana Lopez replied to a comment on skill “Triage alerts”',
      'Ana Lopez added the link “Harden cloud accounts” is addressed by “Contain an incident”',
    ]);
    expect(summariseChanges(ben.doc, ana.doc)[0]).toEqual({
      action: 'changed',
      recordId: 'lo_analyse',
      kind: 'outcome',
      fields: ['statement'],
      author: ANA.id,
      authorName: 'Ana Lopez',
      stamp: ana.doc.meta.stamps.lo_analyse!.statement,
      at: new Date(OPENED + 10).toISOString(),
      text: expect.stringContaining('changed the statement'),
    });
  });

  it('lists a deleted entity once, not the links and comments that went with it', () => {
    const [ana, ben] = open();
    ana.apply('entity.delete', { ids: ['sk_triage'] }, OPENED + 10);
    expect(texts(summariseChanges(ben.doc, ana.doc))).toEqual(['Ana Lopez deleted skill “Triage alerts”']);
    expect(summariseChanges(ana.doc, ana.doc)).toEqual([]);
  });

  it('groups by author when two people changed one record', () => {
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'lo_analyse', changes: { code: 'LO1' } }, OPENED + 10);
    ben.apply('entity.update', { id: 'lo_analyse', changes: { criteria: 'Using real logs', bloomOverride: 'analyse' } }, OPENED + 20);
    const { doc } = merge(ana.doc, ben.doc);
    expect(texts(summariseChanges(open()[0].doc, doc))).toEqual([
      'Ana Lopez changed the code of outcome “Analyse network logs”',
      'Ben Okafor changed the criteria and Bloom level of outcome “Analyse network logs”',
    ]);
  });
});

describe('the changes a merge reports', () => {
  it('tells each side what came from the other, for the notice "Merged N changes from …"', () => {
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'lo_analyse', changes: { code: 'LO1' } }, OPENED + 10);
    ben.apply('entity.update', { id: 'lo_contain', changes: { code: 'LO2' } }, OPENED + 20);
    ben.apply('entity.delete', { ids: ['mc_ir'] }, OPENED + 21);
    const { changes } = merge(ana.doc, ben.doc);
    expect(texts(changes.fromA)).toEqual(['Ana Lopez changed the code of outcome “Analyse network logs”']);
    expect(texts(changes.fromB)).toEqual(['Ben Okafor changed the code of outcome “Contain an incident”', 'Ben Okafor deleted micro-credential “Incident Response”']);
    expect(mergeNotice(changes.fromB, []).headline).toBe('Merged 2 changes from Ben Okafor');
    expect(mergeNotice(changes.fromA, []).headline).toBe('Merged 1 change from Ana Lopez');
    expect(mergeNotice([], []).headline).toBeUndefined();
  });

  it('attributes what the merge itself removed to the merge, and does not count it', () => {
    const [ana, ben] = open();
    ana.apply('link.create', { link: { id: 'ln_ana', kind: 'requires', from: 'mc_cloud', to: 'mc_soc' } }, OPENED + 10);
    ben.apply('link.create', { link: { id: 'ln_ben', kind: 'requires', from: 'mc_soc', to: 'mc_cloud' } }, OPENED + 20);
    const { doc } = merge(ana.doc, ben.doc);
    const seenByBen = summariseChanges(ben.doc, doc);
    expect(texts(seenByBen)).toEqual([
      'Ana Lopez added the link “Cloud Security” requires “SOC Analyst”',
      'The merge removed the link “SOC Analyst” requires “Cloud Security”',
    ]);
    expect(seenByBen[1]!.author).toBe(MERGE_AUTHOR);
    expect(mergeNotice(seenByBen, []).headline).toBe('Merged 1 change from Ana Lopez');
  });
});
