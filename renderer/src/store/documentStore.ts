import { produceWithPatches, type Draft, type Patch } from 'immer';
import { applyCommand, applyHistoryStep, type CommandCall, type CommandRefusal } from '../../../shared/commands';
import { latestStampIn } from '../../../shared/merge';
import { COLLECTIONS, formatStamp, makeClock, observe, tick, type Clock, type Id, type McredDocument, type Stamp } from '../../../shared/model';

/** One undoable step: what to apply to undo it, and what to apply to redo it. */
interface HistoryEntry {
  /** Names the document this step leads to (renewed when the step absorbs another edit). */
  id: number;
  label: string;
  undo: Patch[];
  redo: Patch[];
  /** Edits with the same key in quick succession (typing in one field) become one step. */
  coalesceKey?: string;
  at: number;
}

export interface DocumentState {
  doc: McredDocument;
  /** The document as last loaded or saved. */
  saved: McredDocument;
  /**
   * Unsaved changes: `doc` differs from `saved` and is not the one undo or redo led back to
   * (undo restores the saved content with fresh stamps, so it is never `saved` itself).
   */
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel?: string;
  redoLabel?: string;
  /** Increments on every change, so views can key off it cheaply. */
  version: number;
}

export interface DispatchOptions {
  /** Label shown in Edit ▸ Undo …; defaults to the command name. */
  label?: string;
  coalesceKey?: string;
}

const MAX_HISTORY = 200;
const COALESCE_MS = 1_500;
/** The position of an empty undo stack: the document as loaded. */
const BOTTOM = 0;
/** No position of the history holds what is on disk. */
const NOWHERE = -1;

/**
 * The open document and its undo history, outside React so the canvas, the inspector and
 * the tests all drive the same engine. Every edit is a command from shared/commands; undo
 * and redo apply the recorded patches as fresh changes (see applyHistoryStep). Merges of
 * others' saves (`replaceFromRemote`) are not steps of the local user's history.
 */
export class DocumentStore {
  private state: DocumentState;
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private listeners = new Set<() => void>();
  private clock: Clock;
  private lastEntryId = BOTTOM;
  /** The history position (id of the top undo entry) whose document matches what is on disk. */
  private savedAt = BOTTOM;

  constructor(
    doc: McredDocument,
    private author: Id,
    replica: string,
    private now: () => number = Date.now,
  ) {
    this.clock = makeClock(replica);
    this.state = this.snapshot(doc, doc, 0);
    this.observeStamps(doc);
  }

  getState = (): DocumentState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get authorId(): Id {
    return this.author;
  }

  /** The next stamp: local wall time on a hybrid logical clock, with the current author. */
  nextStamp(): Stamp {
    this.clock = tick(this.clock, this.now());
    return formatStamp(this.clock, this.author);
  }

  setAuthor(author: Id): void {
    this.author = author;
  }

  /** Applies a command; returns the refusal (nothing changes) or undefined on success. */
  dispatch(call: CommandCall, options: DispatchOptions = {}): CommandRefusal | undefined {
    const result = applyCommand(this.state.doc, call, { stamp: this.nextStamp() });
    if (!result.ok) return result.refusal;
    if (result.patches.length === 0) return undefined;
    const label = options.label ?? call.name;
    const top = this.undoStack[this.undoStack.length - 1];
    const at = this.now();
    if (top && options.coalesceKey && top.coalesceKey === options.coalesceKey && at - top.at < COALESCE_MS) {
      top.redo = [...top.redo, ...result.patches];
      top.undo = [...result.inversePatches, ...top.undo];
      top.at = at;
      top.id = ++this.lastEntryId;
    } else {
      this.push({ id: ++this.lastEntryId, label, undo: result.inversePatches, redo: result.patches, coalesceKey: options.coalesceKey, at });
    }
    this.redoStack = [];
    this.set(result.doc);
    return undefined;
  }

  /**
   * Applies several commands in sequence as ONE undoable step (e.g. "Accept all from Ana"):
   * each sees the result of the one before; if any is refused, nothing changes and its
   * refusal is returned. One undo takes them all back.
   */
  dispatchAll(calls: readonly CommandCall[], options: DispatchOptions = {}): CommandRefusal | undefined {
    let doc = this.state.doc;
    const redo: Patch[] = [];
    let undo: Patch[] = [];
    for (const call of calls) {
      const result = applyCommand(doc, call, { stamp: this.nextStamp() });
      if (!result.ok) return result.refusal;
      doc = result.doc;
      redo.push(...result.patches);
      undo = [...result.inversePatches, ...undo];
    }
    if (redo.length === 0) return undefined;
    this.push({ id: ++this.lastEntryId, label: options.label ?? calls[0]?.name ?? 'Change', undo, redo, at: this.now() });
    this.redoStack = [];
    this.set(doc);
    return undefined;
  }

  undo(): boolean {
    return this.step(this.undoStack, this.redoStack);
  }

  redo(): boolean {
    return this.step(this.redoStack, this.undoStack);
  }

  /** Stops the current step from absorbing the next edit (e.g. when a field loses focus). */
  sealHistory(): void {
    const top = this.undoStack[this.undoStack.length - 1];
    if (top) top.coalesceKey = undefined;
  }

  /** A freshly opened document: clears history. */
  load(doc: McredDocument): void {
    this.undoStack = [];
    this.redoStack = [];
    this.observeStamps(doc);
    this.savedAt = BOTTOM;
    this.state = this.snapshot(doc, doc, this.state.version + 1);
    this.emit();
  }

  /**
   * Takes over a document merged from another copy the user chose to merge (File ▸ Merge
   * another copy…) as one undoable step: undo puts back what the merge changed, record by
   * record. The merged stamps are kept, so the result saves exactly as merged.
   */
  applyMerged(merged: McredDocument, label: string): boolean {
    const [next, redo, undo] = produceWithPatches(this.state.doc, (draft) => copyChangedRecords(draft, this.state.doc, merged));
    if (redo.length === 0) return false;
    this.observeStamps(merged);
    this.push({ id: ++this.lastEntryId, label, undo, redo, at: this.now() });
    this.redoStack = [];
    this.set(next);
    return true;
  }

  /** Records that `doc` is what is now on disk (after a save). */
  markSaved(doc: McredDocument): void {
    this.savedAt = doc === this.state.doc ? this.position() : NOWHERE;
    this.state = this.snapshot(this.state.doc, doc, this.state.version + 1);
    this.emit();
  }

  /**
   * Replaces the document with one merged from someone else's save. Not undoable by the
   * local user; the local history is kept — its patches address records by id, so they
   * still apply to the records they touched.
   */
  replaceFromRemote(doc: McredDocument, saved: McredDocument = doc): void {
    this.observeStamps(doc);
    this.savedAt = doc === saved ? this.position() : NOWHERE;
    this.state = this.snapshot(doc, saved, this.state.version + 1);
    this.emit();
  }

  /**
   * Applies a local command outside the undo history: book-keeping that goes with the
   * user's edits rather than being one (adding the author to `people`). Stamped like any
   * edit; what counts as saved is unchanged, so undoing the edit it came with still leads
   * back to a clean map. Returns the refusal, or undefined.
   */
  dispatchOutsideHistory(call: CommandCall): CommandRefusal | undefined {
    const result = applyCommand(this.state.doc, call, { stamp: this.nextStamp() });
    if (!result.ok) return result.refusal;
    if (result.patches.length) this.set(result.doc);
    return undefined;
  }

  isDirty(): boolean {
    return this.state.dirty;
  }

  private step(from: HistoryEntry[], to: HistoryEntry[]): boolean {
    const entry = from.pop();
    if (!entry) return false;
    const patches = from === this.undoStack ? entry.undo : entry.redo;
    let result;
    try {
      result = applyHistoryStep(this.state.doc, patches, this.nextStamp(), { keepAuthors: from === this.redoStack });
    } catch {
      // A remote merge removed what this step touched; drop the step rather than corrupt the map.
      this.emit();
      return false;
    }
    if (!result.ok) return false;
    const replayed: HistoryEntry = from === this.undoStack ? { ...entry, coalesceKey: undefined } : entry;
    to.push(replayed);
    this.set(result.doc);
    return true;
  }

  private push(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length <= MAX_HISTORY) return;
    // The oldest step leaves the stack: the bottom of the history is now the document after it.
    const dropped = this.undoStack.shift()!;
    if (this.savedAt === BOTTOM) this.savedAt = NOWHERE;
    else if (this.savedAt === dropped.id) this.savedAt = BOTTOM;
  }

  /** Where the history stands: the id of the top undo entry. */
  private position(): number {
    return this.undoStack[this.undoStack.length - 1]?.id ?? BOTTOM;
  }

  private set(doc: McredDocument): void {
    this.state = this.snapshot(doc, this.state.saved, this.state.version + 1);
    this.emit();
  }

  private snapshot(doc: McredDocument, saved: McredDocument, version: number): DocumentState {
    const u = this.undoStack[this.undoStack.length - 1];
    const r = this.redoStack[this.redoStack.length - 1];
    const dirty = doc !== saved && (u?.id ?? BOTTOM) !== this.savedAt;
    return { doc, saved, dirty, version, canUndo: !!u, canRedo: !!r, undoLabel: u?.label, redoLabel: r?.label };
  }

  /** Moves the clock past every stamp in the document, so local edits always sort later. */
  private observeStamps(doc: McredDocument): void {
    const latest = latestStampIn(doc);
    if (latest) this.clock = observe(this.clock, latest);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

const RECORD_MAPS = [...COLLECTIONS, 'layout', 'saves'] as const;

/**
 * Makes `draft` (a draft of `base`) hold `target`, touching only the records that differ —
 * a merge shares the records it did not change — so the patches, and the undo step, name
 * just those. Compared on `base`, not the draft, so no record is proxied for nothing.
 */
function copyChangedRecords(draft: Draft<McredDocument>, base: McredDocument, target: McredDocument): void {
  const doc = draft as McredDocument;
  for (const key of RECORD_MAPS) syncMap(doc[key] as Record<string, unknown>, base[key], target[key]);
  syncMap(doc.meta.stamps as Record<string, unknown>, base.meta.stamps, target.meta.stamps);
  syncMap(doc.meta.tombstones as Record<string, unknown>, base.meta.tombstones, target.meta.tombstones);
  if (!sameValue(base.settings, target.settings)) doc.settings = target.settings;
}

function syncMap(into: Record<string, unknown>, base: Readonly<Record<string, unknown>>, from: Readonly<Record<string, unknown>>): void {
  for (const id in base) if (!(id in from)) delete into[id];
  for (const id in from) if (!sameValue(base[id], from[id])) into[id] = from[id];
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
}
