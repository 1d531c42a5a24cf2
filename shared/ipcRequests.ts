import { z } from 'zod';
import { EXPORT_FORMATS } from './export/formats';
import { PAPER_SIZES } from './export/locale';
import { CreditUnit, CredentialStatus, Id, McredDocument, ProfileId, Save } from './model';

/**
 * The argument schemas of `StudioCalls` (`shared/ipc.ts`): what a host accepts from the page,
 * which it treats as untrusted input. Each schema's type is the argument's type.
 */

/** A long absolute path, no NUL bytes; hosts resolve and check it further. */
export const Path = z.string().min(1).max(4_096).refine((p) => !p.includes('\0'), 'must not contain NUL');
/** Session ids name recovery files, so they are kept to plain letters and digits. */
export const SessionId = z.string().regex(/^[a-z0-9]{8,32}$/, 'is not a session id');
export const Title = z.string().max(500);

export const WindowState = z.strictObject({
  title: Title,
  dirty: z.boolean(),
  /** Holds only the untouched example or an untouched new map: Open and New may reuse the window. */
  replaceable: z.boolean(),
  path: Path.nullable(),
});
export type WindowState = z.infer<typeof WindowState>;

export const Identity = z.strictObject({
  personId: Id,
  name: z.string().trim().min(1, 'Please enter your name').max(200),
  organisation: z.string().trim().max(300).optional(),
});
export type Identity = z.infer<typeof Identity>;

/**
 * Where the user works, remembered for the next New Map (`newMapSettings`): the institution
 * and country, and the credit unit and profiles chosen (absent: the country's defaults).
 */
export const RememberedInstitution = z.strictObject({
  institution: z.string().trim().max(500).optional(),
  country: z.string().trim().max(200).optional(),
  creditUnit: CreditUnit.optional(),
  profiles: z.array(ProfileId).max(10).optional(),
});
export type RememberedInstitution = z.infer<typeof RememberedInstitution>;

export const Preferences = z.strictObject({
  /** Seconds of quiet after an edit before unsaved work is copied to the recovery folder. */
  autosaveSeconds: z.number().int().min(1).max(600),
});
export type Preferences = z.infer<typeof Preferences>;
export const DEFAULT_PREFERENCES: Preferences = { autosaveSeconds: 3 };

export const WatchRequest = z.strictObject({ path: Path.nullable(), sessionId: SessionId });
export type WatchRequest = z.infer<typeof WatchRequest>;

export const PlaceRequest = z.strictObject({ replace: z.boolean() });
export type PlaceRequest = z.infer<typeof PlaceRequest>;
/** `repair`: open the file with what `repairDocument` mends (the user saw the list and agreed). */
export const OpenRequest = PlaceRequest.extend({ path: Path.optional(), repair: z.boolean().optional() });
export type OpenRequest = z.infer<typeof OpenRequest>;

export const SaveRequest = z.strictObject({
  doc: McredDocument,
  path: Path,
  /** The hash this session loaded or last saved: the host refuses to overwrite anything else. */
  baseHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Appended to `saves` when the content changed; stamped by the renderer's clock. */
  save: Save.optional(),
  /** The session whose recovery copy is removed once the save succeeds. */
  sessionId: SessionId.optional(),
});
export type SaveRequest = z.infer<typeof SaveRequest>;

export const SaveAsRequest = z.strictObject({
  doc: McredDocument,
  path: Path.optional(),
  /** The browser's form asks before replacing an existing file; the system dialog asks itself. */
  overwrite: z.boolean().optional(),
  save: Save.optional(),
  sessionId: SessionId.optional(),
});
export type SaveAsRequest = z.infer<typeof SaveAsRequest>;

export const AutosaveRequest = z.strictObject({ sessionId: SessionId, path: Path.nullable(), title: Title, doc: McredDocument });
export type AutosaveRequest = z.infer<typeof AutosaveRequest>;

/** Mirrors shared/export's ExportRequest (kept apart so the renderer's IPC layer stays free of the exporters). */
export const ExportRequestSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  credentialIds: z.array(Id).min(1).max(1_000).optional(),
  /** Catalogue: the statuses it takes when no credential is named, or 'all' (drafts marked). */
  statuses: z.union([z.literal('all'), z.array(CredentialStatus).min(1).max(CredentialStatus.options.length)]).optional(),
  against: z.string().trim().min(1).max(300).optional(),
  /** Export the content of this named revision (id or name) rather than the map as it is now. */
  at: z.string().trim().min(1).max(300).optional(),
  /** The named revision (id or name) the exported document records: a review copy names what it was made from. */
  revision: z.string().trim().min(1).max(300).optional(),
  profiles: z.array(ProfileId).max(10).optional(),
  baseUrl: z.url({ protocol: /^https?$/ }).max(2_048).optional(),
  pageNumbers: z.boolean().optional(),
  /** Paper size of a Word export; default from the map's country. */
  paper: z.enum(PAPER_SIZES).optional(),
  author: z.string().trim().min(1).max(200).optional(),
});

export const ExportDocumentRequest = z.strictObject({
  doc: McredDocument,
  request: ExportRequestSchema,
  /** Browser: where the page's form says to write. Desktop: the Save dialog's suggestion. */
  path: Path.optional(),
  /** The page asked before replacing an existing file (the system dialog asks itself). */
  overwrite: z.boolean().optional(),
});
export type ExportDocumentRequest = z.infer<typeof ExportDocumentRequest>;
