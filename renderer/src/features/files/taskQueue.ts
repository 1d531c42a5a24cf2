const settled = (): void => undefined;

/** Runs tasks one at a time, in order (saves and checks for others' saves never race). */
export class TaskQueue {
  private tail: Promise<void> = Promise.resolve();

  /** Runs `task` after every earlier one has finished; its caller gets its result or failure. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    // The queue only waits for the task; its failure belongs to the caller of run.
    this.tail = run.then(settled, settled);
    return run;
  }
}
