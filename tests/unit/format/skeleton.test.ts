import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/format';
import { runCli } from '../cli/support/runCli';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HAND_WRITTEN = '{ "format": "micro-credential-studio", "schemaVersion": 3, "title": "Cyber Basics" }\n';

describe('a minimal hand-written map', () => {
  it('gets one message that says what to add and how to make a complete map', () => {
    const result = parseDocument(HAND_WRITTEN);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toBe(
      'this is the start of a map, but it lacks id, settings, entities, links, layout, people, comments, endorsements, revisions, reviews, proposals, approvals, saves, meta. ' +
        'The title belongs in "settings": { "title": … }. ' +
        'Make a complete empty map with `mcred new FILE --title "Cyber Basics" --country COUNTRY` (or New Map in the app) and add your content to it; ' +
        'a map needs id, settings (title, creditUnit, profiles), entities, links, layout, people, comments, endorsements, revisions, reviews, proposals, approvals, saves and meta',
    );
  });

  it('is explained the same by mcred validate, in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcred-skeleton-'));
    try {
      writeFileSync(join(dir, 'hand.mcred'), HAND_WRITTEN);
      const out = await runCli(['validate', 'hand.mcred'], { cwd: dir });
      expect(out.code).not.toBe(0);
      expect(`${out.stdout}${out.stderr}`).toMatch(/this is the start of a map, but it lacks id, settings.*mcred new FILE --title "Cyber Basics"/);
      expect(`${out.stdout}${out.stderr}`).not.toMatch(/expected record, received undefined/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves a map with its records in place to the schema check', () => {
    const result = parseDocument('{ "format": "micro-credential-studio", "schemaVersion": 3, "entities": {}, "meta": {} }');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(1);
    expect(result.problems[0]!.message).not.toMatch(/start of a map/);
  });
});
