import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
  isIndex: boolean;
}

/**
 * Reads a file of the built renderer for a URL path, or null when there is none. Paths
 * are resolved inside `root` and anything that would escape it (`..`, encoded or not) is
 * refused. Files are read per request so a rebuild is picked up without a restart.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const file = resolve(base, `.${decoded === '/' ? '/index.html' : decoded}`);
  if (!file.startsWith(base + sep)) return null;
  try {
    const body = await readFile(file);
    const ext = extname(file).toLowerCase();
    return { body, contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream', isIndex: file === resolve(base, 'index.html') };
  } catch {
    return null;
  }
}

/** Puts the per-run API token into the page, where only same-origin script can read it. */
export function injectToken(html: string, metaName: string, token: string): string {
  const meta = `<meta name="${metaName}" content="${token}" />`;
  return html.includes('</head>') ? html.replace('</head>', `    ${meta}\n  </head>`) : meta + html;
}
