/**
 * Files that programs keep for a moment beside the ones people work on: Office and
 * LibreOffice owner/lock files, sync clients' partial downloads and caches, the shell's
 * thumbnails and folder settings, and our own atomic-save temp files. In a shared folder
 * they come and go all the time; they are never a map, never a co-editor's save, and must
 * not be listed, watched or opened.
 */

const EXACT = new Set(['.dropbox', '.dropbox.cache', '.dropbox.attr', 'desktop.ini', 'thumbs.db', 'ehthumbs.db', '.ds_store', '.~tmp', 'icon\r']);

const PATTERNS: readonly RegExp[] = [
  /^~\$/, // Word, Excel, PowerPoint owner file of an open document: ~$map.mcred, ~$port.docx
  /^\.~lock\..*#$/, // LibreOffice lock file: .~lock.map.mcred#
  /\.(tmp|temp)$/, // Office's ~WRL1234.tmp, and our own atomic-save temp files `.NAME.HOST-PID.RANDOM.tmp` (atomicWrite.ts)
  /\.(partial|part|crdownload|download)$/, // browsers' and sync clients' unfinished downloads
  /^\.syncthing\./, // Syncthing's temp files (.syncthing.map.mcred.tmp)
  /^~syncthing~/, // Syncthing on Windows
  /\.!sync$/, // Resilio Sync's unfinished file
  /^\._/, // macOS AppleDouble metadata on non-Apple drives
  /^\.sb-[0-9a-f]+-/, // macOS "safe save" temp files
  /\.sw[pox]$/, // editors' swap files
  /^\.goutputstream-/, // GNOME's save-in-progress files
];

/** Whether `name` (a file name, not a path) is a lock, temp or system file rather than a document. */
export function isTransientFile(name: string): boolean {
  const lower = name.toLowerCase();
  return EXACT.has(lower) || PATTERNS.some((p) => p.test(lower));
}
