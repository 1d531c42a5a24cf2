import { createContext, useContext, useSyncExternalStore } from 'react';
import type { FileController } from './fileController';
import type { FileUiState } from './fileState';

export const FileControllerContext = createContext<FileController | null>(null);

export function useFileController(): FileController {
  const controller = useContext(FileControllerContext);
  if (!controller) throw new Error('useFileController outside FileSession');
  return controller;
}

export function useFileUi(): FileUiState {
  const controller = useFileController();
  return useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
}
