import type { OpenOutcome, OpenResult } from '../../../../shared/ipc';
import type { FileContext } from './fileContext';
import { confirmDiscard } from './saveFlow';

/** An untouched example or new map (or none): Open and New may reuse its window. */
function replaceable(ctx: FileContext): boolean {
  return ctx.current()?.isReplaceable() ?? true;
}

/** File ▸ New Map: in this window (after the unsaved-changes question) or, on the desktop, a new one. */
export async function newMap(ctx: FileContext): Promise<void> {
  await ctx.ui.guard(async () => {
    const multi = !!ctx.ui.getState().host?.multiWindow;
    if (!multi && !(await confirmDiscard(ctx))) return;
    await place(ctx, await ctx.api.newDocument({ replace: multi ? replaceable(ctx) : true }));
  });
}

/** File ▸ Open…: the system's dialog on the desktop, the page's own path form in a browser. */
export async function open(ctx: FileContext): Promise<void> {
  await ctx.ui.guard(async () => {
    if (ctx.ui.getState().host?.nativeDialogs) return place(ctx, await ctx.api.openDocument({ replace: replaceable(ctx) }));
    const choice = await ctx.ui.askPath('open');
    if (!choice || !(await confirmDiscard(ctx))) return;
    const request = { path: choice.path, replace: true };
    await place(ctx, await (choice.recent ? ctx.api.openRecent(request) : ctx.api.openDocument(request)));
  });
}

/** A file dropped on the window: the desktop tells us where it is; a browser does not. */
export async function openDropped(ctx: FileContext, path: string | null): Promise<void> {
  if (path === null) {
    ctx.ui.notify('info', 'The browser does not tell the page where a dropped file is. Use Open… and type or pick its path.');
    return;
  }
  await ctx.ui.guard(async () => {
    const multi = !!ctx.ui.getState().host?.multiWindow;
    if (!multi && !(await confirmDiscard(ctx))) return;
    await place(ctx, await ctx.api.openDocument({ path, replace: multi ? replaceable(ctx) : true }));
  });
}

/**
 * Shows what an open gave this window. A file that failed to open while a map is shown
 * leaves the map alone: the repair offer or the list of problems comes as a dialog.
 */
async function place(ctx: FileContext, outcome: OpenOutcome): Promise<void> {
  if (outcome.status !== 'opened') return;
  const { result } = outcome;
  if (!result.ok && ctx.current()) {
    if (!(await offerRepair(ctx, result))) await ctx.ui.showProblems(result.path, result.problems, result.more);
    return;
  }
  await ctx.show(result);
}

/** Offers "Repair and Open" for a damaged file that can be mended; false when it cannot be. */
export async function offerRepair(ctx: FileContext, failed: Extract<OpenResult, { ok: false }>): Promise<boolean> {
  const { repairs } = failed;
  if (!repairs) return false;
  if (await ctx.ui.askRepair({ ...failed, repairs })) await place(ctx, await ctx.api.openDocument({ path: failed.path, replace: true, repair: true }));
  return true;
}
