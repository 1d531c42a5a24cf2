import type { EventBatch, HostEvent } from '../../shared/ipc';

/** Old events are dropped past this many; a page that stops polling does not grow memory. */
const KEEP = 100;

/**
 * Host → page events for the browser host, which cannot push: the page long-polls with
 * the cursor of the last event it saw and the call resolves as soon as there is news (or
 * empty after `waitMs`, so no connection is held forever). Idle costs nothing: no timers
 * run while nobody waits.
 */
export class EventQueue {
  private events: { seq: number; event: HostEvent }[] = [];
  private seq = 0;
  private waiters = new Set<() => void>();

  constructor(private readonly waitMs = 25_000) {}

  push(event: HostEvent): void {
    this.events.push({ seq: ++this.seq, event });
    if (this.events.length > KEEP) this.events.splice(0, this.events.length - KEEP);
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  async poll(after: number): Promise<EventBatch> {
    // A cursor from before a host restart is ahead of us: start again from the beginning.
    const from = after > this.seq ? 0 : after;
    if (this.newer(from).length === 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, this.waitMs);
        const waiters = this.waiters;
        function done() {
          clearTimeout(timer);
          waiters.delete(done);
          resolve();
        }
        this.waiters.add(done);
      });
    }
    return { events: this.newer(from).map((e) => e.event), cursor: this.seq };
  }

  /** Wakes every waiting poll (e.g. when the host shuts down). */
  release(): void {
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  private newer(after: number) {
    return this.events.filter((e) => e.seq > after);
  }
}
