import { FORMAT_NAME, SCHEMA_VERSION, SETTINGS_RECORD, type Id, type McredDocument, type Person, type Settings, type Stamp } from '../model';
import { stampableKeys } from './stamps';

/**
 * A new, empty map: the settings and the person creating it, stamped with `stamp`.
 * Build everything else with commands.
 */
export function createDocument(args: { id: Id; settings: Settings; author: Person; stamp: Stamp }): McredDocument {
  const { id, settings, author, stamp } = args;
  const stampAll = (r: object) => Object.fromEntries(stampableKeys(r).map((k) => [k, stamp]));
  return {
    format: FORMAT_NAME,
    schemaVersion: SCHEMA_VERSION,
    id,
    settings,
    entities: {},
    links: {},
    layout: {},
    people: { [author.id]: author },
    comments: {},
    endorsements: {},
    revisions: {},
    reviews: {},
    proposals: {},
    approvals: {},
    saves: {},
    meta: { stamps: { [SETTINGS_RECORD]: stampAll(settings), [author.id]: stampAll(author) }, tombstones: {} },
  };
}
