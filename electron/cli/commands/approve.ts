import { applyCommand } from '../../../shared/commands';
import { CredentialStatus, type Approval, type ApprovalDecision, type McredDocument } from '../../../shared/model';
import { DECISION_STATUSES, STATUS_LABELS } from '../../../shared/review/status';
import { flagValue } from '../args';
import { StampSource, ensureAuthor, isIdInUse } from '../attribution';
import { EXIT, writeLines, type ExitCode } from '../output';
import { loadForCommand } from '../paths';
import { saveEdit } from '../save';
import { findRevision, freshId, isoNow } from './revision';
import type { CliCommand } from './types';

/** The credential called `ref`: its id, else its exact title (which must then be unique). */
function findCredential(doc: McredDocument, ref: string): { ok: true; id: string } | { ok: false; message: string } {
  // An id of something else goes on to the command, which says what it is instead.
  if (Object.hasOwn(doc.entities, ref)) return { ok: true, id: ref };
  const titled = Object.values(doc.entities).filter((e) => e.kind === 'credential' && e.title === ref);
  if (titled.length === 1) return { ok: true, id: titled[0]!.id };
  if (titled.length > 1) return { ok: false, message: `${titled.length} micro-credentials are titled "${ref}" (${titled.map((e) => e.id).join(', ')}); give the id of the one you mean` };
  return { ok: false, message: `there is no micro-credential "${ref}" (by id or exact title) in this map` };
}

/** An ap_ id whose rv_ twin (the revision an approval may create) is free as well. */
function freshApprovalId(doc: McredDocument, random: () => number): string {
  for (;;) {
    const id = freshId(doc, 'approval', random);
    if (!isIdInUse(doc, `rv_${id.slice(id.indexOf('_') + 1)}`)) return id;
  }
}

/** Optional text: absent when not given or blank. */
function text(value: string | undefined): string | undefined {
  const t = value?.trim();
  return t ? t : undefined;
}

const STEPS = CredentialStatus.options.join('|');

/**
 * `mcred approve FILE CREDENTIAL --body TEXT --decision approved|changes-requested
 * [--conditions TEXT] [--minute REF] --author NAME [--revision NAME]`
 */
export const approveCommand: CliCommand = {
  name: 'approve',
  summary: "record a body's decision on a credential (or another step of its review cycle)",
  positionals: ['FILE', 'CREDENTIAL'],
  flags: [
    { name: '--decision', value: 'STEP', help: 'approved or changes-requested; for scripts also in-review, published, retired, draft (required)' },
    { name: '--body', value: 'TEXT', help: 'the body that decided, e.g. "University Curriculum Committee" (required for a decision)' },
    { name: '--conditions', value: 'TEXT', help: 'conditions attached to the decision' },
    { name: '--minute', value: 'REF', help: 'the minute reference, e.g. "UCC 2026/14, item 7"' },
    { name: '--author', value: 'NAME', help: 'who records it (required); added to the people of the map if new' },
    { name: '--revision', value: 'NAME', help: 'the named revision (id or name) that was approved; default: a new one' },
  ],
  details: [
    'CREDENTIAL is a micro-credential\'s id or its exact title. The record moves the',
    "credential's status: Draft → In review → Approved or Changes requested → Published →",
    'Retired (and back into review or to draft); a step the status does not allow is refused.',
    'Approving pins a named revision, so that what was approved can be shown later: the one',
    'given with --revision, else a new one named "Approved by BODY, YYYY-MM-DD".',
    'The file is saved atomically (the previous version is kept as FILE.bak). If someone else',
    'saved it meanwhile, both changes are merged field by field, as the app does, and any',
    'conflict is listed. A refused step leaves the file untouched (exit 2).',
    'Examples:',
    '  mcred approve map.mcred mc_analyst --decision approved --body "University Curriculum Committee" \\',
    '      --minute "UCC 2026/14, item 7" --author "Dr. Maya Chen"',
    '  mcred approve map.mcred "Cloud Security Analyst" --decision changes-requested --body "Faculty Board" \\',
    '      --conditions "Reduce the lab hours" --author "Dr. Maya Chen"',
    '  mcred approve map.mcred mc_analyst --decision published --author "Dr. Maya Chen"',
  ],
  async run(args, io): Promise<ExitCode> {
    const [file, ref] = args.positionals as [string, string];
    const refuse = (message: string): ExitCode => (io.stderr(`mcred approve: ${message}; ${file} was not changed\n`), EXIT.failed);
    const step = flagValue(args, '--decision');
    if (step === undefined) return refuse(`--decision STEP is required (${STEPS})`);
    const status = CredentialStatus.safeParse(step);
    if (!status.success) return refuse(`--decision "${step}" is not a step of the review cycle (${STEPS})`);
    const authorName = text(flagValue(args, '--author'));
    if (authorName === undefined) return refuse('--author NAME is required: say who records the decision');
    const body = text(flagValue(args, '--body'));
    const decision = DECISION_STATUSES.has(status.data);

    const loaded = await loadForCommand(io, file);
    if (!loaded) return EXIT.failed;
    const credential = findCredential(loaded.doc, ref);
    if (!credential.ok) return refuse(credential.message);
    const revisionRef = flagValue(args, '--revision');
    const pinned = revisionRef === undefined ? undefined : findRevision(loaded.doc, revisionRef);
    if (pinned && !pinned.ok) return refuse(pinned.message);

    const stamps = new StampSource(loaded.doc, io);
    const author = ensureAuthor(loaded.doc, authorName, stamps, io.random);
    if (!author.ok) return refuse(author.message);
    const at = isoNow(io);
    const conditions = text(flagValue(args, '--conditions'));
    const minute = text(flagValue(args, '--minute'));
    const approval: Approval = {
      id: freshApprovalId(author.doc, io.random),
      credential: credential.id,
      status: status.data,
      at,
      author: author.person.id,
      ...(body ? { body } : {}),
      ...(decision ? { decision: status.data as ApprovalDecision } : {}),
      ...(conditions ? { conditions } : {}),
      ...(minute ? { minute } : {}),
      ...(pinned?.ok ? { revision: pinned.revision.id } : {}),
    };
    const revisionName = status.data === 'approved' && !pinned && body ? `Approved by ${body}, ${at.slice(0, 10)}` : undefined;
    const before = loaded.doc.entities[credential.id];
    const result = applyCommand(author.doc, { name: 'approval.record', payload: { approval, ...(revisionName ? { revisionName } : {}) } }, { stamp: stamps.next(author.person.id) });
    if (!result.ok) return refuse(result.refusal.message);
    const saved = await saveEdit(io, file, loaded, result.doc, stamps.next(author.person.id));
    if (!saved.ok) return (io.stderr(`mcred approve: ${saved.message}\n`), EXIT.failed);

    const record = result.doc.approvals[approval.id]!;
    const title = before?.kind === 'credential' ? ` "${before.title}"` : '';
    const from = record.from ? `${STATUS_LABELS[record.from]} → ` : '';
    const by = record.body ? ` by ${record.body}` : '';
    const lines = [`${file}: ${credential.id}${title} ${from}${STATUS_LABELS[record.status]}${by} (${record.id})`];
    if (record.revision) {
      const r = result.doc.revisions[record.revision]!;
      lines.push(`  pinned revision ${r.id} "${r.name}"${revisionName ? ' (new)' : ''}`);
    }
    lines.push(`  recorded by ${author.person.name}${author.added ? ', added to the people of this map' : ''}, ${at}`);
    writeLines(io.stdout, [...lines, ...saved.notice]);
    return EXIT.ok;
  },
};
