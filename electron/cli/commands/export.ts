import { credentialsOf, EXPORT_FORMATS, scopeOf, type ExportFormat } from '../../../shared/export';
import { catalogueCredentialIds, parseStatuses } from '../../../shared/export/docx/catalogue';
import { PAPER_SIZES, type PaperSize } from '../../../shared/export/locale';
import { exportToFile } from '../../services/export';
import { flagValue } from '../args';
import { EXIT } from '../output';
import { loadForCommand, resolveFile } from '../paths';
import type { CliCommand } from './types';

const isFormat = (f: string): f is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(f);
const isPaper = (p: string): p is PaperSize => (PAPER_SIZES as readonly string[]).includes(p);

/** `mcred export FILE --format … [--credential ID] [--against REVISION] --out PATH` */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export a specification (.docx), a catalogue, or open data (OB3, CTDL, CASE, CSV)',
  positionals: ['FILE'],
  flags: [
    { name: '--format', value: 'FORMAT', help: `one of ${EXPORT_FORMATS.join(', ')}` },
    { name: '--credential', value: 'ID', help: 'the micro-credential (comma-separated for a catalogue); default: the only one, or all for catalog' },
    { name: '--statuses', value: 'LIST', help: "catalog: the statuses to take, comma-separated (default approved,published), or 'all' with drafts marked; --credential wins" },
    { name: '--against', value: 'REVISION', help: 'show changes since this named revision (id or name) as tracked changes (docx, catalog)' },
    { name: '--out', value: 'PATH', help: 'write to PATH, atomically' },
    { name: '--base-url', value: 'URL', help: 'base URL for OB3 and CASE ids (default: urn:uuid ids)' },
    { name: '--paper', value: 'SIZE', help: "docx, catalog: 'a4' or 'letter' (default: US Letter for a map in the United States or Canada, A4 elsewhere)" },
    { name: '--no-page-numbers', help: 'leave the contents page numbers to Word (docx, catalog; by default they are filled in)' },
    { name: '--author', value: 'NAME', help: 'author written in the document properties' },
  ],
  details: [
    'Examples:',
    '  mcred export map.mcred --format docx --credential mc_analyst --out spec.docx',
    '  mcred export map.mcred --format docx --credential mc_analyst --against "Sent to faculty review" --out redline.docx',
    '  mcred export map.mcred --format catalog --out catalogue.docx',
    '  mcred export map.mcred --format catalog --statuses all --out catalogue-with-drafts.docx',
    '  mcred export map.mcred --format ob3 --credential mc_analyst --out achievement.json',
    'Exit code 0: written. 2: the map could not be loaded, the request is not possible, or the file could not be written.',
  ],
  async run(args, io) {
    const format = flagValue(args, '--format');
    const out = flagValue(args, '--out');
    if (!format || !isFormat(format)) return (io.stderr(`mcred export: --format must be one of ${EXPORT_FORMATS.join(', ')}\n`), EXIT.failed);
    if (!out) return (io.stderr('mcred export: --out PATH is required\n'), EXIT.failed);
    const statusText = flagValue(args, '--statuses');
    const statuses = statusText === undefined ? undefined : parseStatuses(statusText);
    if (statusText !== undefined && !statuses) return (io.stderr("mcred export: --statuses must be 'all' or a comma-separated list of draft, in-review, changes-requested, approved, published, retired\n"), EXIT.failed);
    if (statuses && format !== 'catalog') return (io.stderr('mcred export: --statuses applies to --format catalog only\n'), EXIT.failed);
    const paper = flagValue(args, '--paper');
    if (paper !== undefined && !isPaper(paper)) return (io.stderr(`mcred export: --paper must be ${PAPER_SIZES.join(' or ')}\n`), EXIT.failed);
    const loaded = await loadForCommand(io, args.positionals[0]!);
    if (!loaded) return EXIT.failed;
    const credentials = flagValue(args, '--credential')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    // A credential without outcomes still exports (the document says so), but not silently.
    const exported = (): string[] => {
      if (credentials?.length) return credentials;
      if (format !== 'catalog') return credentialsOf(loaded.doc).map((c) => c.id);
      try {
        return catalogueCredentialIds(loaded.doc, { statuses });
      } catch {
        return []; // the export says why, below
      }
    };
    for (const id of exported()) {
      const scope = scopeOf(loaded.doc, id);
      if (scope && !scope.outcomes.length) io.stderr(`mcred export: warning: "${scope.credential.title}" (${id}) states no learning outcome; the export says so\n`);
    }
    const result = await exportToFile(
      loaded.doc,
      {
        format,
        credentialIds: credentials,
        ...(statuses ? { statuses } : {}),
        against: flagValue(args, '--against'),
        baseUrl: flagValue(args, '--base-url'),
        ...(args.flags.has('--no-page-numbers') ? { pageNumbers: false } : {}),
        ...(paper ? { paper } : {}),
        author: flagValue(args, '--author'),
      },
      resolveFile(io, out),
      { now: new Date(io.now()), onProgress: (done, total) => io.stderr(`mcred export: ${done}/${total} credentials\n`) },
    );
    // The dialog's wording, said the CLI's way.
    if (!result.ok) return (io.stderr(`mcred export: ${result.message.replace("choose 'All, drafts marked'", 'use --statuses all')}\n`), EXIT.failed);
    for (const note of result.notes) io.stderr(`mcred export: note: ${note}\n`);
    io.stdout(`${out}: wrote ${format} export (${result.bytes} bytes)\n`);
    return EXIT.ok;
  },
};
