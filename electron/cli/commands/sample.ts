import { saveDocumentFile } from '../../services/documents';
import { serialiseDocument } from '../../../shared/format';
import { flagValue } from '../args';
import { EXIT } from '../output';
import { resolveFile } from '../paths';
import type { CliCommand } from './types';

export const sampleCommand: CliCommand = {
  name: 'sample',
  summary: 'write the built-in example map',
  positionals: [],
  flags: [{ name: '--out', value: 'FILE', help: 'write to FILE (atomically; an existing FILE is kept as FILE.bak)' }],
  details: ['Without --out the map is printed to standard output.'],
  async run(args, io) {
    // Loaded on use, so that the other commands never depend on the example's code.
    const { createSampleDocument } = await import('../../../shared/sample');
    const doc = createSampleDocument();
    const out = flagValue(args, '--out');
    if (out === undefined) {
      io.stdout(serialiseDocument(doc));
      return EXIT.ok;
    }
    const saved = await saveDocumentFile(resolveFile(io, out), doc);
    if (!saved.ok) {
      io.stderr(`mcred sample: ${saved.message}\n`);
      return EXIT.failed;
    }
    io.stdout(`${out}: wrote the example map (${saved.bytes} bytes)\n`);
    return EXIT.ok;
  },
};
