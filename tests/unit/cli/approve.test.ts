import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serialiseDocument } from '../../../shared/format';
import { SCHEMA_VERSION, parseStamp, type Approval, type McredDocument } from '../../../shared/model';
import { FIXTURES, mapCopy, readMapFile, runCli } from './support/runCli';

/** mc_cloud "Cloud Security Fundamentals" is a draft; mc_analyst is approved; two named revisions. */
const V3 = join(FIXTURES, 'files', 'v3-review-cycle.mcred');
const V2 = join(FIXTURES, 'files', 'v2-credits-with-unit.mcred');
const NOW_ISO = '2026-03-01T09:00:00.000Z';
const UCC = 'University Curriculum Committee';

let dir: string;
let file: string;
beforeEach(() => ({ dir, file } = mapCopy(V3)));

const readMap = (path = file): McredDocument => readMapFile(path);

/** The approval records this run added (the fixture has ap_fixture2). */
function newApprovals(doc: McredDocument): Approval[] {
  return Object.values(doc.approvals).filter((a) => a.id !== 'ap_fixture2');
}

const approve = (...args: string[]) => runCli(['approve', 'map.mcred', ...args], { cwd: dir });
const status = (doc: McredDocument, id: string) => {
  const e = doc.entities[id];
  return e?.kind === 'credential' ? e.status : undefined;
};

describe('mcred approve', () => {
  it('records an approval, moves the status, pins a new named revision, saves atomically and keeps .bak', async () => {
    const before = readFileSync(file);
    const content = readMap();
    const out = await approve('mc_cloud', '--decision', 'approved', '--body', UCC, '--conditions', 'Review the lab hours', '--minute', 'UCC 2026/14, item 7', '--author', 'Dr. Maya Chen');
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const doc = readMap();
    const [a, ...more] = newApprovals(doc);
    expect(more).toEqual([]);
    expect(a!.id).toMatch(/^ap_[a-z0-9]{12}$/);
    const rv = `rv_${a!.id.slice(3)}`;
    expect(a).toEqual({
      id: a!.id,
      credential: 'mc_cloud',
      status: 'approved',
      from: 'draft',
      at: NOW_ISO,
      author: 'pe_mchen',
      body: UCC,
      decision: 'approved',
      conditions: 'Review the lab hours',
      minute: 'UCC 2026/14, item 7',
      revision: rv,
    });
    expect(status(doc, 'mc_cloud')).toBe('approved');
    expect(doc.revisions[rv]).toMatchObject({ name: `Approved by ${UCC}, 2026-03-01`, at: NOW_ISO, author: 'pe_mchen' });
    // The snapshot is of what was approved: the content before the status moved.
    expect(doc.revisions[rv]!.snapshot.entities.mc_cloud).toEqual({ ...content.entities.mc_cloud, status: 'approved' });
    // Stamped by the author, after every stamp in the file (whose clock ran ahead of NOW).
    const latest = Object.values(content.meta.stamps).flatMap((f) => Object.values(f)).sort().at(-1)!;
    for (const stamp of [doc.meta.stamps[a!.id]!.status!, doc.meta.stamps.mc_cloud!.status!]) {
      expect(parseStamp(stamp)?.author).toBe('pe_mchen');
      expect(stamp > latest).toBe(true);
    }
    expect(Object.values(doc.saves)).toHaveLength(Object.values(content.saves).length + 1);
    expect(out.stdout).toBe(
      [
        `map.mcred: mc_cloud "Cloud Security Fundamentals" Draft → Approved by ${UCC} (${a!.id})`,
        `  pinned revision ${rv} "Approved by ${UCC}, 2026-03-01" (new)`,
        `  recorded by Dr. Maya Chen, ${NOW_ISO}`,
        '',
      ].join('\n'),
    );
    expect(readFileSync(file, 'utf8')).toBe(serialiseDocument(doc));
    expect(readFileSync(`${file}.bak`).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['map.mcred', 'map.mcred.bak']);
  });

  it('finds the credential by its exact title', async () => {
    const out = await approve('Cloud Security Fundamentals', '--decision', 'changes-requested', '--body', 'Faculty Board', '--author', 'Rita Howard');
    expect(out.code).toBe(0);
    const doc = readMap();
    expect(newApprovals(doc)).toEqual([
      expect.objectContaining({ credential: 'mc_cloud', status: 'changes-requested', decision: 'changes-requested', from: 'draft', body: 'Faculty Board', author: 'pe_rhoward' }),
    ]);
    expect(newApprovals(doc)[0]).not.toHaveProperty('revision');
    expect(Object.keys(doc.revisions).sort()).toEqual(['rv_facultyreview', 'rv_fixture2']);
    expect(status(doc, 'mc_cloud')).toBe('changes-requested');
  });

  it.each([['rv_facultyreview'], ['Sent to faculty review']])('--revision %j pins an existing named revision and makes none', async (ref) => {
    const out = await approve('mc_cloud', '--decision', 'approved', '--body', UCC, '--author', 'Dr. Maya Chen', '--revision', ref);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('  pinned revision rv_facultyreview "Sent to faculty review"\n');
    const doc = readMap();
    expect(newApprovals(doc)[0]).toMatchObject({ status: 'approved', revision: 'rv_facultyreview' });
    expect(Object.keys(doc.revisions).sort()).toEqual(['rv_facultyreview', 'rv_fixture2']);
  });

  it('takes the other steps for scripts, with no body needed', async () => {
    expect((await approve('mc_cloud', '--decision', 'in-review', '--author', 'Dr. Maya Chen')).code).toBe(0);
    expect((await approve('mc_analyst', '--decision', 'published', '--author', 'Dr. Maya Chen')).code).toBe(0);
    expect((await approve('mc_analyst', '--decision', 'retired', '--author', 'Dr. Maya Chen')).code).toBe(0);
    const out = await approve('mc_analyst', '--decision', 'draft', '--author', 'Dr. Maya Chen');
    expect(out.stdout).toMatch(/^map\.mcred: mc_analyst "Cybersecurity Analyst Professional Certificate" Retired → Draft \(ap_[a-z0-9]{12}\)\n/);
    const doc = readMap();
    const steps = newApprovals(doc).map((a) => [a.credential, a.from, a.status, a.decision, a.body]);
    expect(steps.sort()).toEqual(
      [
        ['mc_cloud', 'draft', 'in-review', undefined, undefined],
        ['mc_analyst', 'approved', 'published', undefined, undefined],
        ['mc_analyst', 'published', 'retired', undefined, undefined],
        ['mc_analyst', 'retired', 'draft', undefined, undefined],
      ].sort(),
    );
    expect(status(doc, 'mc_cloud')).toBe('in-review');
    expect(status(doc, 'mc_analyst')).toBe('draft');
  });

  it('adds a new --author to the people of the map', async () => {
    copyFileSync(V2, file);
    const out = await approve('mc_data', '--decision', 'approved', '--body', UCC, '--author', 'Grace Hopper');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('recorded by Grace Hopper, added to the people of this map');
    const doc = readMap();
    const grace = Object.values(doc.people).find((p) => p.name === 'Grace Hopper')!;
    expect(Object.values(doc.approvals)).toEqual([expect.objectContaining({ credential: 'mc_data', author: grace.id, status: 'approved' })]);
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
  });

  describe('refusals leave the file byte-identical and exit non-zero', () => {
    const author = ['--author', 'Dr. Maya Chen'];
    it.each([
      [['mc_nope', '--decision', 'approved', '--body', UCC, ...author], 'there is no micro-credential "mc_nope" (by id or exact title) in this map'],
      [['Cloud security fundamentals', '--decision', 'approved', '--body', UCC, ...author], 'there is no micro-credential "Cloud security fundamentals"'],
      [['sk_alerts', '--decision', 'approved', '--body', UCC, ...author], '"sk_alerts" is not a micro-credential'],
      [['mc_cloud', '--decision', 'approved', ...author], 'say which body took the decision (e.g. "University Curriculum Committee")'],
      [['mc_cloud', '--decision', 'changes-requested', '--body', ' ', ...author], 'say which body took the decision'],
      [['mc_analyst', '--decision', 'approved', '--body', UCC, ...author], 'a credential that is Approved cannot become Approved'],
      [['mc_cloud', '--decision', 'published', ...author], 'a credential that is Draft cannot become Published'],
      [['mc_cloud', '--decision', 'accepted', '--body', UCC, ...author], '--decision "accepted" is not a step of the review cycle (draft|in-review|changes-requested|approved|published|retired)'],
      [['mc_cloud', '--body', UCC, ...author], '--decision STEP is required'],
      [['mc_cloud', '--decision', 'approved', '--body', UCC], '--author NAME is required'],
      [['mc_cloud', '--decision', 'approved', '--body', UCC, ...author, '--revision', 'Final'], 'there is no named revision "Final" (by id or name)'],
    ])('%j', async (args, message) => {
      const before = readFileSync(file);
      const out = await approve(...args);
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toContain(message);
      expect(out.stderr).toMatch(/^mcred approve: .*; map\.mcred was not changed\n$/);
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(existsSync(`${file}.bak`)).toBe(false);
    });

    it('refuses to approve a retired credential', async () => {
      expect((await approve('mc_analyst', '--decision', 'retired', ...author)).code).toBe(0);
      const before = readFileSync(file);
      const out = await approve('mc_analyst', '--decision', 'approved', '--body', UCC, ...author);
      expect(out).toEqual({ code: 2, stdout: '', stderr: 'mcred approve: a credential that is Retired cannot become Approved; map.mcred was not changed\n' });
      expect(readFileSync(file).equals(before)).toBe(true);
    });

    it('asks for an id when --revision names several revisions', async () => {
      expect((await runCli(['revision', 'map.mcred', '--name', 'Sent to faculty review'], { cwd: dir })).code).toBe(0);
      const before = readFileSync(file);
      const out = await approve('mc_cloud', '--decision', 'approved', '--body', UCC, ...author, '--revision', 'Sent to faculty review');
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(/2 named revisions are called "Sent to faculty review" \((rv_facultyreview, rv_[a-z0-9]{12}|rv_[a-z0-9]{12}, rv_facultyreview)\); give the id/);
      expect(readFileSync(file).equals(before)).toBe(true);
    });
  });
});
