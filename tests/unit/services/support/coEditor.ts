// Child process for the co-editing test: one person's window on a shared map, driven over
// stdin with one JSON command per line and answering on stdout the same way. It edits with
// real commands stamped by its own hybrid logical clock, saves through saveOpenDocument
// keeping its base hash as the app does, and re-reads the file when told someone saved
// (the app's file-changed → checkDocument → merge). Every edit goes into a log, so the
// test can check the final file against what each process did.
import { createInterface } from 'node:readline';
import { loadDocumentFile, saveOpenDocument, withSaveRecord, hashBytes } from '../../../../electron/services/documents';
import { applyCommand } from '../../../../shared/commands';
import { serialiseDocument } from '../../../../shared/format';
import { latestStampIn, mergeDocuments } from '../../../../shared/merge';
import { formatStamp, makeClock, observe, tick, type Clock, type McredDocument } from '../../../../shared/model';
import { seededRandom } from '../../../helpers/json';
import type { EditLogEntry, EditorCommand, EditorReply } from './coEditing';

const [path, tag, replica, author, seedText] = process.argv.slice(2);
if (!path || !tag || !replica || !author) throw new Error('usage: coEditor.ts FILE TAG REPLICA AUTHOR [SEED]');

let random = seededRandom(Number(seedText ?? 1));
let doc: McredDocument;
let baseHash: string;
let clock: Clock;
let ids = 0;
const log: EditLogEntry[] = [];
const ownSkills: string[] = [];

function adopt(next: McredDocument): void {
  doc = next;
  const seen = latestStampIn(doc);
  if (seen) clock = observe(clock, seen);
}

function stamp(): string {
  clock = tick(clock, Date.now());
  return formatStamp(clock, author!);
}

function run(name: string, payload: unknown): void {
  const result = applyCommand(doc, { name, payload }, { stamp: stamp() });
  if (!result.ok) throw new Error(`${name} refused: ${result.refusal.message} ${JSON.stringify(payload)}`);
  doc = result.doc;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const fresh = (prefix: string) => `${prefix}_${tag}${++ids}`;

/** One random edit of the kinds people make together: each leaves a trace the test can look for. */
function randomEdit(): void {
  const roll = random();
  if (ownSkills.length === 0 || roll < 0.3) {
    const id = fresh('sk');
    const statement = `Skill ${id} v0`;
    run('entity.create', { entity: { id, kind: 'skill', statement, skillType: 'skill', importance: 'essential' } });
    ownSkills.push(id);
    log.push({ op: 'create', id, statement });
  } else if (roll < 0.45) {
    const id = pick(ownSkills);
    const statement = `Skill ${id} v${ids++}`;
    run('entity.update', { id, changes: { statement } });
    log.push({ op: 'rename', id, statement });
  } else if (roll < 0.55) {
    const id = pick(ownSkills);
    const position = { x: Math.round(random() * 1000), y: Math.round(random() * 1000) };
    run('layout.move', { positions: { [id]: position } });
    log.push({ op: 'move', id, ...position });
  } else if (roll < 0.65) {
    const id = ownSkills.splice(Math.floor(random() * ownSkills.length), 1)[0]!;
    run('entity.delete', { ids: [id] });
    log.push({ op: 'delete', id });
  } else if (roll < 0.78) {
    const id = fresh('cm');
    run('comment.add', { comment: { id, target: 'sk_shared', author, at: new Date().toISOString(), body: `Note ${id}` } });
    log.push({ op: 'comment', id });
  } else if (roll < 0.9) {
    // Both edit the shared skill, each its own field: the merge must keep both.
    const field = tag === 'a' ? 'description' : 'group';
    const value = `${tag} value ${ids++}`;
    run('entity.update', { id: 'sk_shared', changes: { [field]: value } });
    log.push({ op: 'shared', field, value });
  } else {
    const from = pick(ownSkills);
    const outcome = fresh('lo');
    const link = fresh('ln');
    run('entity.create', { entity: { id: outcome, kind: 'outcome', statement: `Explain ${outcome}` } });
    run('link.create', { link: { id: link, kind: 'addresses', from, to: outcome, level: 'introduced' } });
    log.push({ op: 'link', id: link, from, to: outcome });
  }
}

async function save(): Promise<EditorReply> {
  const record = { id: fresh('sv'), stamp: stamp() };
  // What a save without a merge writes: the test's crash check accepts this or the old file.
  reply({ event: 'saving', hash: hashBytes(serialiseDocument(withSaveRecord(doc, record))) });
  const started = performance.now();
  const result = await saveOpenDocument({ path: path!, doc, baseHash, save: record });
  const ms = performance.now() - started;
  if (!result.ok) return { done: 'save', ok: false, code: result.code, message: result.message };
  baseHash = result.hash;
  if (result.merged) adopt(result.merged.doc);
  else if (result.saveRecord) doc = withSaveRecord(doc, result.saveRecord);
  return { done: 'save', ok: true, merged: !!result.merged, hash: result.hash, logged: log.length, ms };
}

/** The app's reaction to file-changed: read their version and merge it into ours. */
async function sync(): Promise<EditorReply> {
  const theirs = await loadDocumentFile(path!);
  if (!theirs.ok) return { done: 'sync', changed: false, problem: theirs.problems[0]?.message ?? 'unreadable' };
  if (theirs.hash === baseHash) return { done: 'sync', changed: false };
  adopt(mergeDocuments(doc, theirs.doc).doc);
  baseHash = theirs.hash;
  return { done: 'sync', changed: true };
}

async function handle(command: EditorCommand): Promise<EditorReply> {
  switch (command.cmd) {
    case 'edit':
      for (let i = 0; i < command.n; i++) randomEdit();
      return { done: 'edit', logged: log.length };
    case 'save':
      return save();
    case 'sync':
      return sync();
    case 'log':
      return { done: 'log', log };
    case 'seed':
      random = seededRandom(command.seed);
      return { done: 'seed' };
  }
}

function reply(message: EditorReply): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

const opened = await loadDocumentFile(path);
if (!opened.ok) throw new Error(`cannot open ${path}: ${opened.problems[0]?.message}`);
clock = makeClock(replica, Date.now());
adopt(opened.doc);
baseHash = opened.hash;

// Commands run strictly one after another, as a window's calls do.
let queue = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  queue = queue.then(async () => reply(await handle(JSON.parse(line) as EditorCommand)));
});
reply({ event: 'ready' });
