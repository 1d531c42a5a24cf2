import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../documents';
import type { KeyValueBackend } from './index';

export interface JsonFileBackend extends KeyValueBackend {
  /** Resolves once every change so far is on disk. */
  flush(): Promise<void>;
}

/**
 * Settings as one JSON file (the browser host's `settings.json` in its data folder). Read
 * once at start; each change is written atomically in the background, one write at a
 * time, so a crash leaves the old or the new file. An unreadable file starts empty rather
 * than stopping the app — it only holds conveniences, never work.
 */
export function createJsonFileBackend(file: string): JsonFileBackend {
  const values = new Map<string, unknown>(Object.entries(readJsonObject(file)));
  let queue: Promise<void> = Promise.resolve();
  let failed = false;

  const persist = () => {
    const bytes = Buffer.from(`${JSON.stringify(Object.fromEntries(values), null, 2)}\n`, 'utf8');
    queue = queue
      .then(async () => {
        await mkdir(dirname(file), { recursive: true });
        await writeFileAtomic(file, bytes);
      })
      .catch((error: unknown) => {
        if (!failed) console.error(`Settings could not be saved to ${file}: ${error instanceof Error ? error.message : String(error)}`);
        failed = true;
      });
  };

  return {
    get: (key) => values.get(key),
    set: (key, value) => {
      values.set(key, value);
      persist();
    },
    flush: () => queue,
  };
}

function readJsonObject(file: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
