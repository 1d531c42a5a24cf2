import { z } from 'zod';
import { Entity, Link, Position, makeId, type Id, type IdKind, type McredDocument } from '../../../../shared/model';

/** What Copy puts on the clipboard (as JSON text): entities, the links among them, positions. */
export const CLIPBOARD_FORMAT = 'micro-credential-studio/selection';

const ClipboardContent = z.strictObject({
  format: z.literal(CLIPBOARD_FORMAT),
  entities: z.array(Entity).max(20_000),
  links: z.array(Link).max(100_000),
  positions: z.record(z.string(), Position),
});
export type ClipboardContent = z.infer<typeof ClipboardContent>;

/** The selected entities with the links among them; undefined when no entity is selected. */
export function copyContent(doc: Pick<McredDocument, 'entities' | 'links' | 'layout'>, ids: readonly string[]): ClipboardContent | undefined {
  const chosen = new Set(ids.filter((id) => doc.entities[id]));
  if (!chosen.size) return undefined;
  const entities = [...chosen].map((id) => doc.entities[id]!);
  const links = Object.values(doc.links).filter((l) => chosen.has(l.from) && chosen.has(l.to));
  const positions: Record<string, Position> = {};
  for (const id of chosen) {
    const p = doc.layout[id];
    if (p) positions[id] = p;
  }
  return { format: CLIPBOARD_FORMAT, entities, links, positions };
}

/** Reads clipboard text from outside the app; anything that is not our format is ignored. */
export function parseClipboard(text: string): ClipboardContent | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = ClipboardContent.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export interface PastePlan {
  entities: { entity: Entity; position: Position }[];
  links: Link[];
}

/**
 * The records a paste creates: every entity and link under a fresh id (so pasting twice
 * makes two copies), links re-pointed to the copies, positions moved by `offset`.
 */
export function planPaste(content: ClipboardContent, random: () => number, offset: Position): PastePlan {
  const fresh = new Map<Id, Id>();
  const entities = content.entities.map((e, i) => {
    const id = makeId(e.kind as IdKind, random);
    fresh.set(e.id, id);
    const at = content.positions[e.id] ?? { x: i * 30, y: i * 30 };
    return { entity: { ...e, id } as Entity, position: { x: Math.round(at.x + offset.x), y: Math.round(at.y + offset.y) } };
  });
  const links = content.links.flatMap((l) => {
    const from = fresh.get(l.from);
    const to = fresh.get(l.to);
    return from && to ? [{ ...l, id: makeId('link', random), from, to } as Link] : [];
  });
  return { entities, links };
}
