import { screen, type BrowserWindow, type Rectangle } from 'electron';
import type { SettingsService, WindowBounds } from '../services/settings';

const DEFAULT = { width: 1280, height: 820 };
/** Each further window steps down and right, so a new one never hides exactly behind the last. */
const CASCADE = 28;

/**
 * The size and place for a new window: the last saved bounds, kept only if they are still
 * on a connected display (a laptop unplugged from its monitor must not open off-screen).
 */
export function initialBounds(settings: SettingsService, openWindows: number): { bounds: Partial<Rectangle> & { width: number; height: number }; maximised: boolean } {
  const saved = settings.getWindowBounds();
  if (!saved) return { bounds: { ...DEFAULT }, maximised: false };
  const { width, height } = saved;
  if (saved.x === undefined || saved.y === undefined) return { bounds: { width, height }, maximised: saved.maximised };
  const offset = CASCADE * openWindows;
  const rect = { x: saved.x + offset, y: saved.y + offset, width, height };
  const area = screen.getDisplayMatching(rect).workArea;
  const visible = rect.x < area.x + area.width - 100 && rect.y < area.y + area.height - 100 && rect.x + rect.width > area.x + 100 && rect.y >= area.y - 10;
  return { bounds: visible ? rect : { width, height }, maximised: saved.maximised && openWindows === 0 };
}

/** Remembers a window's normal (un-maximised) bounds and whether it was maximised. */
export function rememberBounds(settings: SettingsService, win: BrowserWindow): void {
  if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
  const b = win.getNormalBounds();
  const bounds: WindowBounds = { x: b.x, y: b.y, width: b.width, height: b.height, maximised: win.isMaximized() };
  settings.setWindowBounds(bounds);
}
