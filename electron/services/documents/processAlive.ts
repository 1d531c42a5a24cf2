/**
 * Whether a process of this machine is still running. `EPERM` means it runs under another
 * user: alive. Used for the save lock, leftover temp files and recovered work, whose owners
 * are named by process id.
 */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
