import { describe, expect, it } from 'vitest';
import { applyCommand, type CommandRefusal } from '../../../shared/commands';
import type { Entity } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { fieldMessage, splitRefusal } from '../../../renderer/src/features/inspector/model/messages';
import { labelOf } from '../../../renderer/src/features/inspector/model/fieldDescriptors';

const doc = createSampleDocument();
const first = (kind: Entity['kind']) => Object.values(doc.entities).find((e) => e.kind === kind)!;
const STAMP = '1800000000000-000-tst00001@pe_tester';

/** The refusal the real command gives for these changes. */
function refusalOf(kind: Entity['kind'], changes: Record<string, unknown>): CommandRefusal {
  const result = applyCommand(doc, { name: 'entity.update', payload: { id: first(kind).id, changes } }, { stamp: STAMP });
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
}

function shown(kind: Entity['kind'], path: string, changes: Record<string, unknown>): string {
  return fieldMessage(refusalOf(kind, changes), path, (p) => labelOf(kind, p));
}

describe('messages under a field, from real command refusals', () => {
  it("keeps the model's own plain words", () => {
    expect(shown('credential', 'workloadHours', { workloadHours: -1 })).toBe('Must not be negative');
    expect(shown('credential', 'url', { url: 'northfield.edu' })).toBe('Must be an http(s) address');
    expect(shown('credential', 'language', { language: 'English' })).toBe('Must be a language tag such as "en" or "fr-BE"');
    expect(shown('credential', 'title', { title: '  ' })).toBe('Must not be empty');
  });

  it("rewords zod's defaults", () => {
    expect(shown('credential', 'eqfLevel', { eqfLevel: 9 })).toBe('Must be at most 8');
    expect(shown('credential', 'reviewCycleMonths', { reviewCycleMonths: 0 })).toBe('Must be at least 1');
    expect(shown('credential', 'reviewCycleMonths', { reviewCycleMonths: 1.5 })).toBe('Must be a whole number');
    expect(shown('credential', 'version', { version: ' ' })).toBe('Must not be empty');
    expect(shown('credential', 'title', { title: null })).toBe('This field is required and cannot be left empty');
  });

  it('names the other part of a nested value the refusal is about', () => {
    const skill = first('skill');
    const withoutSource = { ...skill, source: undefined };
    const result = applyCommand({ ...doc, entities: { ...doc.entities, [skill.id]: withoutSource as Entity } }, {
      name: 'entity.update',
      payload: { id: skill.id, changes: { source: { code: 'T1234' } } },
    }, { stamp: STAMP });
    if (result.ok) throw new Error('expected a refusal');
    expect(fieldMessage(result.refusal, 'source.code', (p) => labelOf('skill', p))).toBe('Framework is required');
    expect(shown('skill', 'source.uri', { source: { framework: 'NICE', uri: 'nice/T1' } })).toBe('Must be an http(s) address');
    expect(shown('skill', 'demand.jobPostings', { demand: { jobPostings: -4 } })).toBe('Must be at least 0');
  });

  it('splits a path from its message', () => {
    expect(splitRefusal('source.uri: must be an http(s) address')).toEqual({ path: 'source.uri', text: 'must be an http(s) address' });
    expect(splitRefusal('"title" is required and cannot be cleared')).toEqual({ text: '"title" is required and cannot be cleared' });
  });
});
