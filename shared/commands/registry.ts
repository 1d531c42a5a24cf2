import type { z } from 'zod';
import { createEntity, deleteEntities, moveEntities, rewriteOutcome, updateEntity } from './entities';
import { autoLayoutMap } from './layout';
import { acceptUpdate, dismissUpdate, flagUpdates } from './frameworkUpdates';
import { importSkills } from './import';
import { importRows } from './importRows';
import { applyDemand } from './demand';
import { decideProposal, importReview, recordApproval } from './review';
import { createLink, deleteLinks, updateLink } from './links';
import {
  addComment,
  addEndorsement,
  createRevision,
  deleteComment,
  deleteRevision,
  removeEndorsement,
  resolveThread,
  updateSettings,
  upsertPerson,
} from './records';

/** Every command, by name. The single list menus, IPC, the CLI and tests draw from. */
export const COMMANDS = {
  'entity.create': createEntity,
  'entity.update': updateEntity,
  'entity.delete': deleteEntities,
  'layout.move': moveEntities,
  'layout.auto': autoLayoutMap,
  'outcome.rewrite': rewriteOutcome,
  'link.create': createLink,
  'link.update': updateLink,
  'link.delete': deleteLinks,
  'settings.update': updateSettings,
  'person.upsert': upsertPerson,
  'comment.add': addComment,
  'comment.resolve': resolveThread,
  'comment.delete': deleteComment,
  'endorsement.add': addEndorsement,
  'endorsement.remove': removeEndorsement,
  'revision.create': createRevision,
  'revision.delete': deleteRevision,
  'skill.import': importSkills,
  'skill.flagUpdates': flagUpdates,
  'skill.acceptUpdate': acceptUpdate,
  'skill.dismissUpdate': dismissUpdate,
  'entity.import': importRows,
  'review.import': importReview,
  'proposal.decide': decideProposal,
  'approval.record': recordApproval,
  'demand.apply': applyDemand,
} as const;

export type CommandName = keyof typeof COMMANDS;
export type CommandPayload<N extends CommandName> = z.input<(typeof COMMANDS)[N]['payload']>;
