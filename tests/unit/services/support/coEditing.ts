import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { applyCommand, createDocument } from '../../../../shared/commands';
import type { Entity, McredDocument } from '../../../../shared/model';

/** What a co-editor process did, in order: enough to say what the final file must hold. */
export type EditLogEntry =
  | { op: 'create'; id: string; statement: string }
  | { op: 'rename'; id: string; statement: string }
  | { op: 'move'; id: string; x: number; y: number }
  | { op: 'delete'; id: string }
  | { op: 'comment'; id: string }
  | { op: 'shared'; field: string; value: string }
  | { op: 'link'; id: string; from: string; to: string };

export type EditorCommand = { cmd: 'edit'; n: number } | { cmd: 'save' } | { cmd: 'sync' } | { cmd: 'log' } | { cmd: 'seed'; seed: number };

export type EditorReply =
  | { event: 'ready' }
  | { event: 'saving'; hash: string }
  | { done: 'edit'; logged: number }
  | { done: 'save'; ok: true; merged: boolean; hash: string; logged: number; ms: number }
  | { done: 'save'; ok: false; code: string; message: string }
  | { done: 'sync'; changed: boolean; problem?: string }
  | { done: 'log'; log: EditLogEntry[] }
  | { done: 'seed' };

const REPO_ROOT = join(import.meta.dirname, '..', '..', '..', '..');

/** A co-editor child process (support/coEditor.ts) and its one-command-at-a-time conversation. */
export class CoEditor {
  private readonly waiting: ((reply: EditorReply) => void)[] = [];
  private readyResolve!: () => void;
  readonly ready = new Promise<void>((r) => (this.readyResolve = r));
  /** Called when the child is about to write (the crash test kills it then). */
  onSaving: (hash: string) => void = () => undefined;
  readonly exited: Promise<number | null>;
  stderr = '';

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as EditorReply;
      if ('event' in message) {
        if (message.event === 'ready') this.readyResolve();
        else this.onSaving(message.hash);
      } else this.waiting.shift()?.(message);
    });
    child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  static async start(path: string, tag: string, replica: string, author: string, seed: number): Promise<CoEditor> {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'coEditor.ts'), path, tag, replica, author, String(seed)], {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const editor = new CoEditor(child);
    await Promise.race([
      editor.ready,
      editor.exited.then((code) => {
        throw new Error(`co-editor ${tag} exited (${code}) before it was ready: ${editor.stderr}`);
      }),
    ]);
    return editor;
  }

  send<C extends EditorCommand>(command: C): Promise<Extract<EditorReply, { done: C['cmd'] }>> {
    return new Promise((resolve, reject) => {
      this.waiting.push((reply) => resolve(reply as Extract<EditorReply, { done: C['cmd'] }>));
      void this.exited.then((code) => reject(new Error(`co-editor exited (${code}) during ${command.cmd}: ${this.stderr}`)));
      this.child.stdin.write(`${JSON.stringify(command)}\n`);
    });
  }

  async log(): Promise<EditLogEntry[]> {
    return (await this.send({ cmd: 'log' })).log;
  }

  kill(): Promise<number | null> {
    this.child.kill('SIGKILL');
    return this.exited;
  }

  async close(): Promise<void> {
    this.child.stdin.end();
    if (this.child.exitCode === null && this.child.signalCode === null) await this.kill();
  }
}

/**
 * The shared map both open: Ana and Ben among its people, and one skill both of them
 * edit (each a different field) and comment on. `padding` skills make the file bigger, so
 * that saving takes long enough to be interrupted.
 */
export function sharedBase(padding = 0): McredDocument {
  let doc = createDocument({
    id: 'map_shared',
    settings: { title: 'Shared map', creditUnit: 'ects', profiles: ['eu-2022'] },
    author: { id: 'pe_ana', name: 'Ana Lopez', role: 'designer' },
    stamp: '1767603600000-000-base0000@pe_ana',
  });
  const steps = [
    { name: 'person.upsert', payload: { person: { id: 'pe_ben', name: 'Ben Okafor', role: 'advisor' } } },
    { name: 'entity.create', payload: { entity: { id: 'sk_shared', kind: 'skill', statement: 'Shared skill', skillType: 'skill', importance: 'essential' } } },
  ];
  steps.forEach((call, i) => {
    const r = applyCommand(doc, call, { stamp: `176760360000${i + 1}-000-base0000@pe_ana` });
    if (!r.ok) throw new Error(r.refusal.message);
    doc = r.doc;
  });
  const entities: Record<string, Entity> = { ...doc.entities };
  for (let i = 0; i < padding; i++) {
    const id = `sk_pad${String(i).padStart(6, '0')}`;
    entities[id] = { id, kind: 'skill', statement: `Padding skill number ${i}, long enough to look like a real statement`, skillType: 'skill', importance: 'optional' };
  }
  return { ...doc, entities };
}

/**
 * Every trace `log` should have left in `doc`, described when missing: each process's
 * skills with their last statement and position, deletions staying deleted, comments,
 * its own field of the shared skill, links (gone only with their skill).
 */
export function missingEdits(doc: McredDocument, who: string, log: readonly EditLogEntry[]): string[] {
  const statement = new Map<string, string>();
  const position = new Map<string, { x: number; y: number }>();
  const deleted = new Set<string>();
  const comments: string[] = [];
  const links: { id: string; from: string }[] = [];
  const shared = new Map<string, string>();
  for (const e of log) {
    if (e.op === 'create' || e.op === 'rename') statement.set(e.id, e.statement);
    else if (e.op === 'move') position.set(e.id, { x: e.x, y: e.y });
    else if (e.op === 'delete') deleted.add(e.id);
    else if (e.op === 'comment') comments.push(e.id);
    else if (e.op === 'shared') shared.set(e.field, e.value);
    else links.push({ id: e.id, from: e.from });
  }
  const missing: string[] = [];
  for (const [id, text] of statement) {
    const entity = doc.entities[id];
    if (deleted.has(id)) {
      if (entity) missing.push(`${who}: ${id} was deleted but is back`);
      if (!doc.meta.tombstones[id]) missing.push(`${who}: ${id} lost its tombstone`);
    } else if (!entity) missing.push(`${who}: skill ${id} is missing`);
    else if (entity.kind !== 'skill' || entity.statement !== text) missing.push(`${who}: ${id} should read "${text}"`);
  }
  for (const [id, p] of position) {
    if (deleted.has(id)) continue;
    const at = doc.layout[id];
    if (!at || at.x !== p.x || at.y !== p.y) missing.push(`${who}: ${id} should be at ${p.x},${p.y}`);
  }
  for (const id of comments) if (!doc.comments[id]) missing.push(`${who}: comment ${id} is missing`);
  for (const [field, value] of shared) {
    const skill = doc.entities.sk_shared as Record<string, unknown> | undefined;
    if (skill?.[field] !== value) missing.push(`${who}: the shared skill's ${field} should be "${value}"`);
  }
  for (const { id, from } of links) {
    if (deleted.has(from) ? doc.links[id] : !doc.links[id]) missing.push(`${who}: link ${id} should ${deleted.has(from) ? 'be gone' : 'be there'}`);
  }
  return missing;
}
