/**
 * The window's Review UI state, outside React: whether the Review panel is open, and a
 * request to open the Import Review dialog (with a file when one was dropped on the
 * window). A module singleton like the action registry, because the drop handler lives in
 * the file session, above the workspace that mounts the dialog.
 */
export interface ReviewUiState {
  panelOpen: boolean;
  /** Set while the dialog is open; `seq` tells a new request (another drop) from the same one. */
  importRequest?: { file?: File; seq: number };
}

export class ReviewUi {
  private state: ReviewUiState = { panelOpen: false };
  private listeners = new Set<() => void>();
  private seq = 0;

  getState = (): ReviewUiState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Opens the Import Review dialog, with `file` already chosen when given (a drop). */
  requestImport(file?: File): void {
    this.set({ importRequest: { ...(file ? { file } : {}), seq: ++this.seq } });
  }

  closeImport(): void {
    this.set({ importRequest: undefined });
  }

  setPanelOpen(open: boolean): void {
    if (open !== this.state.panelOpen) this.set({ panelOpen: open });
  }

  private set(patch: Partial<ReviewUiState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}

export const reviewUi = new ReviewUi();

/** Whether a dropped file is a Word document (a returned review copy, we hope). */
export function isWordFile(name: string): boolean {
  return name.toLowerCase().endsWith('.docx');
}
