import { z } from 'zod';
import { Id } from './ids';
import { Stamp } from './stamp';
import { PersonRole } from './vocab';

const IsoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO date-time such as 2026-03-01T09:00:00Z' });
const IsoDate = z.iso.date('must be an ISO date such as 2026-03-01');

/** A designer, advisor or reviewer, for attribution, comments and endorsements. */
export const Person = z.strictObject({
  id: Id,
  name: z.string().trim().min(1).max(200),
  organisation: z.string().max(300).optional(),
  role: PersonRole,
  email: z.string().max(300).optional(),
});
export type Person = z.infer<typeof Person>;

/**
 * One comment. A thread is a root comment (no `replyTo`) and its replies; each reply is
 * its own record so that two people replying at once merge cleanly.
 */
export const Comment = z.strictObject({
  id: Id,
  /** The entity or link the thread is about (root comments only carry meaning here). */
  target: Id,
  /** The field of the target the comment anchors on, e.g. "statement". */
  field: z.string().max(100).optional(),
  author: Id,
  at: IsoDateTime,
  body: z.string().min(1).max(20_000),
  replyTo: Id.optional(),
  /** Set on the root comment when the thread is resolved. */
  resolved: z.boolean().optional(),
});
export type Comment = z.infer<typeof Comment>;

/** An advisor vouching for a skill requirement or a whole credential. */
export const Endorsement = z.strictObject({
  id: Id,
  target: Id,
  person: Id,
  date: IsoDate,
  note: z.string().min(1).max(5_000).optional(),
});
export type Endorsement = z.infer<typeof Endorsement>;

/** One save of the file: lets two copies find their last common save when merging. */
export const Save = z.strictObject({
  id: Id,
  stamp: Stamp,
});
export type Save = z.infer<typeof Save>;

export const Position = z.strictObject({
  x: z.number().finite().min(-1e7).max(1e7),
  y: z.number().finite().min(-1e7).max(1e7),
});
export type Position = z.infer<typeof Position>;

export { IsoDate, IsoDateTime };
