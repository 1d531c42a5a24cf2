import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileController } from '../../../renderer/src/features/files/fileController';
import { reportError } from '../../../renderer/src/features/files/reportError';
import { TaskQueue } from '../../../renderer/src/features/files/taskQueue';
import type { Save } from '../../../shared/model';
import { fakeHost, PATH, quietConsole, sampleMap, settle } from './support/fakeHost';

const rename = { name: 'entity.update', payload: { id: 'sk_triage', changes: { statement: 'Triage security alerts' } } } as const;

const live: FileController[] = [];

async function started(host: ReturnType<typeof fakeHost>) {
  const controller = new FileController(host.api, (title) => host.titles.push(title));
  live.push(controller);
  await controller.start();
  return controller;
}

afterEach(() => {
  for (const controller of live.splice(0)) controller.dispose();
  vi.restoreAllMocks();
});

describe('the file controller and its flows', () => {
  it('shows the initial map, titles the window, and sends the window state only when it changed', async () => {
    const host = fakeHost();
    const controller = await started(host);
    expect(controller.getState()).toMatchObject({ status: 'open', source: { kind: 'file', path: PATH } });
    expect(host.titles.at(-1)).toBe('Test map — Micro-Credential Studio');
    expect(host.called('setWindowState')).toEqual([{ title: 'Test map', dirty: false, replaceable: false, path: PATH }]);
    controller.current()!.map.store.dispatch(rename);
    await settle();
    expect(host.titles.at(-1)).toBe('• Test map — Micro-Credential Studio');
    // The edit and the author stamp after it change nothing more for the host than "dirty".
    expect(host.called('setWindowState')).toHaveLength(2);
    controller.dispose();
  });

  it('saves: the host gets the map and a save record, the map turns clean, and the title follows', async () => {
    const host = fakeHost();
    const controller = await started(host);
    const { store } = controller.current()!.map;
    store.dispatch(rename);
    await settle();
    expect(await controller.save()).toBe(true);
    const [request] = host.called('saveDocument') as { doc: unknown; path: string; baseHash: string; save?: Save }[];
    expect(request).toMatchObject({ path: PATH, baseHash: 'a'.repeat(64) });
    expect(request!.save?.id).toMatch(/^sv_/);
    expect(store.isDirty()).toBe(false);
    expect(controller.getState().source).toMatchObject({ kind: 'file', hash: 'b'.repeat(64) });
    expect(host.titles.at(-1)).toBe('Test map — Micro-Credential Studio');
    controller.dispose();
  });

  it('keeps the edits and offers "Save again" when another save holds the file', async () => {
    const host = fakeHost({ saveDocument: async () => ({ ok: false, code: 'busy', message: 'Someone else is saving this map.' }) });
    const controller = await started(host);
    controller.current()!.map.store.dispatch(rename);
    expect(await controller.save()).toBe(false);
    expect(controller.isDirty()).toBe(true);
    expect(controller.getState().notice).toMatchObject({ tone: 'error', text: 'Someone else is saving this map.', action: { label: 'Save again' } });
    controller.dispose();
  });

  it('tells the user when it could not look for unsaved work of an earlier session', async () => {
    const host = fakeHost({ listRecoverable: () => Promise.reject(new Error('The recovery folder cannot be read.')) });
    const controller = await started(host);
    expect(controller.getState().notice).toMatchObject({ tone: 'error', text: 'Could not look for unsaved work from an earlier session: The recovery folder cannot be read.' });
    controller.dispose();
  });

  it('logs, with the reason it can wait, a window title the host could not take — the user sees no notice', async () => {
    const log = quietConsole();
    const host = fakeHost({ setWindowState: () => Promise.reject(new Error('window gone')) });
    const controller = await started(host);
    await settle();
    expect(controller.getState().notice).toBeUndefined();
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/^Could not update the window’s title: window gone \(only the title bar .* the next change sends them again\)$/));
    controller.dispose();
  });

  it('routes a native menu item to the page\'s action handler, and the close prompt\'s Save to a save that answers it', async () => {
    const host = fakeHost();
    const controller = await started(host);
    const ran: string[] = [];
    const off = controller.setMenuActionHandler((id) => ran.push(id));
    host.emit({ type: 'action', id: 'link.to' });
    off();
    const log = quietConsole();
    host.emit({ type: 'action', id: 'file.save' });
    expect(ran).toEqual(['link.to']);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('file.save'));
    controller.current()!.map.store.dispatch(rename);
    host.emit({ type: 'save-and-close', requestId: 'close-1' });
    await settle();
    expect(host.called('finishClose')).toEqual([{ requestId: 'close-1', close: true }]);
    controller.dispose();
  });

  it('drops the closed map\'s recovery copy and stops watching it when another map is shown', async () => {
    const host = fakeHost({ newDocument: async () => ({ status: 'opened', result: { ok: true, doc: sampleMap(), source: { kind: 'untitled' } } }) });
    const controller = await started(host);
    const first = controller.current()!;
    await controller.newMap();
    expect(controller.current()).not.toBe(first);
    expect(host.called('discardRecovery')).toEqual([{ id: first.map.sessionId }]);
    expect(host.called('watchDocument')).toContainEqual({ path: null, sessionId: first.map.sessionId });
    controller.dispose();
  });
});

describe('the error path', () => {
  it('tells the user through the registered notice area, else logs; a quiet report is a warning with its reason', async () => {
    const log = quietConsole();
    reportError('Could not read the clipboard', new Error('denied'));
    expect(log.error).toHaveBeenCalledWith('Could not read the clipboard: denied');
    const host = fakeHost();
    const controller = await started(host);
    reportError('Could not read the clipboard', new Error('denied'));
    expect(controller.getState().notice).toMatchObject({ tone: 'error', text: 'Could not read the clipboard: denied' });
    reportError('Could not stop watching', 'gone', { why: 'the host drops it anyway' });
    expect(log.warn).toHaveBeenCalledWith('Could not stop watching: gone (the host drops it anyway)');
    controller.dispose();
    reportError('After', new Error('x'));
    expect(log.error).toHaveBeenLastCalledWith('After: x');
  });
});

describe('the task queue', () => {
  it('runs tasks one at a time; a failed task fails for its caller and does not stop the next', async () => {
    const queue = new TaskQueue();
    const order: string[] = [];
    let release!: () => void;
    const first = queue.run(() => new Promise<void>((resolve) => (release = resolve)).then(() => void order.push('first')));
    const second = queue.run(async () => {
      order.push('second');
      throw new Error('refused');
    });
    const third = queue.run(async () => void order.push('third'));
    await settle();
    expect(order).toEqual([]);
    release();
    await first;
    await expect(second).rejects.toThrow('refused');
    await third;
    expect(order).toEqual(['first', 'second', 'third']);
  });
});
