/**
 * Waits until `probe` returns something truthy, looking every `intervalMs`, and returns it.
 * File-system events arrive late on a busy machine: tests wait for the condition with a
 * generous timeout instead of sleeping a fixed time and hoping.
 */
export async function waitFor<T>(probe: () => T | Promise<T>, what: string, options: { timeoutMs?: number; intervalMs?: number } = {}): Promise<NonNullable<T>> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const intervalMs = options.intervalMs ?? 20;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Resolves after `ms`: only for letting time pass (e.g. several poll intervals), never as the condition itself. */
export const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
