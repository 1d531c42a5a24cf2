import { McredFile } from '../model';
import type { RawObject } from './migrations';
import type { LoadProblem } from './problems';

/** The parts of a map besides `format` and `schemaVersion`, in file order (the schema's). */
const PARTS = Object.keys(McredFile.shape).filter((k) => k !== 'format' && k !== 'schemaVersion');

/**
 * A hand-written start of a map — `format`, `schemaVersion` and perhaps a title, but not the
 * parts every map has — gets one message saying what to add and how to get them all, rather
 * than a line per missing part. Undefined for anything with its records in place (its
 * problems are the schema's to explain).
 */
export function skeletonProblem(raw: RawObject): LoadProblem | undefined {
  if ('entities' in raw || 'meta' in raw) return undefined;
  const missing = PARTS.filter((p) => !(p in raw));
  const settings = raw.settings;
  const title =
    typeof raw.title === 'string' ? raw.title : settings !== null && typeof settings === 'object' && 'title' in settings && typeof settings.title === 'string' ? settings.title : undefined;
  const quoted = JSON.stringify(title?.trim() || 'My map').replace(/\$/g, '');
  const misplaced = 'title' in raw ? ' The title belongs in "settings": { "title": … }.' : '';
  return {
    code: 'schema',
    message:
      `this is the start of a map, but it lacks ${missing.join(', ')}.${misplaced} ` +
      `Make a complete empty map with \`mcred new FILE --title ${quoted} --country COUNTRY\` (or New Map in the app) and add your content to it; ` +
      `a map needs ${PARTS.slice(0, -1).join(', ').replace('settings', 'settings (title, creditUnit, profiles)')} and ${PARTS.at(-1)!}`,
  };
}
