import type { StudioCalls } from '../../../../shared/ipc';
import type { OpenMap } from './openMap';
import { reported } from './reportError';

/** Even while the user keeps typing, unsaved work reaches the recovery folder this often. */
const MAX_WAIT_MS = 10_000;
/**
 * Copying a map costs a serialisation in the page and a validation on the host (about a
 * second for 10,000 entities), so big maps are copied less often: the waits grow with size.
 */
const ENTITIES_PER_STEP = 2_500;

/**
 * Copies unsaved work to the host's recovery folder a few seconds after the last edit
 * (and at least every ten seconds during continuous editing). Nothing runs while the map
 * is clean or untouched; when it becomes clean again (saved, or undone back to the saved
 * state) the copy is discarded.
 */
export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingSince: number | undefined;
  private written = false;
  private running: Promise<void> | undefined;
  private reported = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly api: Pick<StudioCalls, 'autosave' | 'discardRecovery'>,
    private readonly map: OpenMap,
    private readonly delayMs: number,
    private readonly onError: (message: string) => void,
  ) {}

  start(): void {
    this.unsubscribe = this.map.store.subscribe(() => this.changed());
    this.changed();
  }

  dispose(): void {
    this.unsubscribe?.();
    clearTimeout(this.timer);
  }

  /** A restored copy already sits in the recovery folder under this session. */
  markWritten(): void {
    this.written = true;
  }

  private changed(): void {
    if (this.map.store.isDirty()) return this.schedule();
    clearTimeout(this.timer);
    this.pendingSince = undefined;
    if (this.written) {
      this.written = false;
      reported(this.api.discardRecovery({ id: this.map.sessionId }), 'Could not remove the recovery copy of the saved map', { why: 'a copy no newer than the file is offered at most once more, and can be discarded then' });
    }
  }

  private schedule(): void {
    const now = Date.now();
    this.pendingSince ??= now;
    clearTimeout(this.timer);
    const scale = 1 + Math.floor(Object.keys(this.map.store.getState().doc.entities).length / ENTITIES_PER_STEP);
    const wait = Math.max(0, Math.min(this.delayMs * scale, this.pendingSince + MAX_WAIT_MS * scale - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  private async flush(): Promise<void> {
    if (this.running) {
      await this.running;
      if (this.map.store.isDirty()) this.schedule();
      return;
    }
    const { doc } = this.map.store.getState();
    if (!this.map.store.isDirty()) return;
    this.pendingSince = undefined;
    const source = this.map.source;
    this.running = this.api
      .autosave({ sessionId: this.map.sessionId, path: source.kind === 'file' ? source.path : null, title: doc.settings.title, doc })
      .then((result) => {
        if (result.ok) {
          this.written = true;
          this.reported = false;
        } else this.report(result.message);
      })
      .catch((error: unknown) => this.report(error instanceof Error ? error.message : String(error)))
      .finally(() => {
        this.running = undefined;
      });
    await this.running;
    // Saved (clean) while the copy was being written: the copy is stale, drop it.
    if (!this.map.store.isDirty() && this.written) this.changed();
  }

  private report(message: string): void {
    if (this.reported) return;
    this.reported = true;
    this.onError(message);
  }
}
