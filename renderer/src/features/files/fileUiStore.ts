import type { LoadProblem, Repair } from '../../../../shared/format';
import type { ChoiceDialog, FileUiState, Notice, PathDialog } from './fileState';
import { messageOf } from './messages';

const NOTICE_MS = 8_000;

export type PathChoice = { path: string; recent?: boolean } | null;

/**
 * The observable side of the file UI: one immutable snapshot, notices that clear
 * themselves (errors and merge reports stay until dismissed), and dialogs as promises —
 * a flow awaits the user's answer like any other call. The file flows share one (see
 * fileContext.ts); the views read it through the controller.
 */
export class FileUiStore {
  private state: FileUiState = { status: 'loading', recovery: [] };
  private listeners = new Set<() => void>();
  private noticeSeq = 0;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  getState = (): FileUiState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dismissNotice(): void {
    clearTimeout(this.noticeTimer);
    this.set({ notice: undefined });
  }

  notify(tone: Notice['tone'], text: string, details?: string[], action?: Notice['action']): void {
    clearTimeout(this.noticeTimer);
    this.set({ notice: { id: ++this.noticeSeq, tone, text, ...(details?.length ? { details } : {}), ...(action ? { action } : {}) } });
    if (tone !== 'error' && !details?.length && !action) this.noticeTimer = setTimeout(() => this.dismissNotice(), NOTICE_MS);
  }

  askChoice(title: string, message: string, choices: ChoiceDialog['choices'], detail?: string): Promise<string> {
    return new Promise((resolve) => {
      this.set({ dialog: { kind: 'choice', title, message, choices, ...(detail ? { detail } : {}), answer: this.closing(resolve) } });
    });
  }

  askPath(kind: PathDialog['kind'], suggestedName?: string): Promise<PathChoice> {
    return new Promise((resolve) => {
      this.set({ dialog: { kind, ...(suggestedName ? { suggestedName } : {}), answer: this.closing(resolve) } });
    });
  }

  showProblems(path: string, problems: LoadProblem[], more?: number): Promise<void> {
    return new Promise((resolve) => {
      this.set({ dialog: { kind: 'problems', path, problems, ...(more ? { more } : {}), answer: this.closing(resolve) } });
    });
  }

  /** Asks whether to open a damaged file with the repairs listed; true: "Repair and Open". */
  askRepair(failed: { path: string; problems: LoadProblem[]; more?: number; repairs: Repair[] }): Promise<boolean> {
    return new Promise((resolve) => {
      const { path, problems, more, repairs } = failed;
      this.set({ dialog: { kind: 'repair', path, problems, ...(more ? { more } : {}), repairs, answer: this.closing(resolve) } });
    });
  }

  /** Shows `label` while `run` works; a failure of the host becomes a message, and `false`. */
  async busy(label: string, run: () => Promise<boolean>): Promise<boolean> {
    this.set({ busy: label });
    try {
      return await run();
    } catch (error) {
      this.notify('error', messageOf(error));
      return false;
    } finally {
      this.set({ busy: undefined });
    }
  }

  /** Runs a flow, turning a failure of the host into a message rather than an unhandled rejection. */
  async guard(run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      this.notify('error', messageOf(error));
    }
  }

  dispose(): void {
    clearTimeout(this.noticeTimer);
  }

  set(patch: Partial<FileUiState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private closing<T>(resolve: (value: T) => void): (value: T) => void {
    return (value) => {
      this.set({ dialog: undefined });
      resolve(value);
    };
  }
}
