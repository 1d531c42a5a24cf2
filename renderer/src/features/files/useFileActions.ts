import { useEffect, useMemo } from 'react';
import type { ActionHandlers } from '../../app/actions';
import { isTypingTarget } from '../../app/shortcuts';
import { useActionHandlers, useActionRegistry } from '../../app/useActions';
import { isWordFile, reviewUi } from '../review/reviewUi';
import type { FileController } from './fileController';

/**
 * File ▸ New, Open, Save and Save As as declared actions (Mod+N, Mod+O, Mod+S,
 * Mod+Shift+S), and native menu items delivered to the same registry.
 */
export function useFileActions(controller: FileController): void {
  const registry = useActionRegistry();
  const handlers = useMemo((): ActionHandlers => {
    const hasMap = () => controller.getState().status === 'open';
    return {
      'file.new': { run: () => controller.newMap() },
      'file.open': { run: () => controller.open() },
      'file.save': { run: () => void controller.save(), enabled: hasMap },
      'file.saveAs': { run: () => void controller.saveAs(), enabled: hasMap },
      'file.mergeCopy': { run: () => controller.mergeCopy(), enabled: hasMap },
    };
  }, [controller]);
  useActionHandlers(handlers);

  useEffect(() => {
    return controller.setMenuActionHandler((id) => {
      // A menu's Select All while typing in a field means the field's text (macOS menus take the key).
      const focused = document.activeElement;
      if (isTypingTarget(focused) && !registry.get(id)?.inFields) {
        if (id === 'edit.selectAll' && (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement)) focused.select();
        return;
      }
      registry.run(id);
    });
  }, [controller, registry]);
}

/**
 * Files dropped on the window open as maps (the host reads them; the page never does), and
 * in a browser tab, leaving with unsaved changes asks first.
 */
export function useWindowFileEvents(controller: FileController, browser: boolean): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      // A reviewer's returned Word copy goes to Import Review (when a map is open to take it).
      if (isWordFile(file.name) && controller.getState().status === 'open') {
        reviewUi.requestImport(file);
        return;
      }
      if (!file.name.toLowerCase().endsWith('.mcred')) {
        controller.notify('error', `“${file.name}” is not a map file. Drop a .mcred file to open it.`);
        return;
      }
      void controller.openDropped(controller.api.pathForFile(file));
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!controller.isDirty()) return;
      e.preventDefault();
      // Older browsers need returnValue set to show their "Leave site?" question.
      e.returnValue = '';
    };
    // Watchers miss events on network drives: look for others' saves whenever the window comes back.
    const onFocus = () => controller.checkShared();
    const onVisible = () => {
      if (document.visibilityState === 'visible') controller.checkShared();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    // In Electron main asks with a native dialog instead; a beforeunload veto would silently block closing.
    if (browser) window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [controller, browser]);
}
