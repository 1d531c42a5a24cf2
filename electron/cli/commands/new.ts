import { stat } from 'node:fs/promises';
import { makeId } from '../../../shared/model';
import { newMapDocument, saveDocumentFile, withMapExtension } from '../../services/documents';
import { flagValue } from '../args';
import { appIdentity, appInstitution, defaultAuthorName } from '../attribution';
import { EXIT } from '../output';
import { resolveFile } from '../paths';
import type { CliCommand } from './types';

export const newCommand: CliCommand = {
  name: 'new',
  summary: 'make an empty map with the defaults of its country',
  positionals: ['FILE'],
  flags: [
    { name: '--title', value: 'TEXT', help: 'the map\'s title (required)' },
    { name: '--country', value: 'CODE', help: 'where the institution is, by name or code: US, NZ, Australia, Germany …' },
    { name: '--institution', value: 'TEXT', help: 'the institution\'s name (default: as remembered by the app, else your organisation)' },
  ],
  details: [
    'The country chooses the credit system and the accreditation profiles, as New Map does in',
    'the app: United States → US credit hours and the US profile; an EU country → ECTS and',
    'EU 2022; New Zealand → NZ credits and NZQA; Australia → the AU NMF. Any other country, or',
    'none, gives ECTS and EU 2022. Without --country, the institution, country, credit system and',
    'profiles the app remembers for New Map are used. Change them later with "mcred set FILE map FIELD VALUE".',
    'An existing FILE is never replaced. ".mcred" is added to a name without it.',
  ],
  async run(args, io) {
    const title = flagValue(args, '--title')?.trim();
    if (!title) {
      io.stderr('mcred new: give the map a title: --title "Data Analytics Certificates"\n');
      return EXIT.failed;
    }
    const file = withMapExtension(args.positionals[0]!);
    const path = resolveFile(io, file);
    if (await stat(path).then(() => true, () => false)) {
      io.stderr(`mcred new: "${file}" already exists and was left as it is; choose another name.\n`);
      return EXIT.failed;
    }
    const identity = appIdentity(io) ?? { personId: makeId('person', io.random), name: defaultAuthorName(io) };
    const country = flagValue(args, '--country');
    const institution = flagValue(args, '--institution');
    // A country given here chooses its own defaults over the credit unit and profiles remembered for another.
    const remembered = appInstitution(io);
    const base = country === undefined ? remembered : { ...(remembered.institution ? { institution: remembered.institution } : {}) };
    const doc = newMapDocument({
      identity,
      title,
      institution: { ...base, ...(country !== undefined ? { country } : {}), ...(institution !== undefined ? { institution } : {}) },
      now: io.now(),
      random: io.random,
    });
    const saved = await saveDocumentFile(path, doc);
    if (!saved.ok) {
      io.stderr(`mcred new: ${saved.message}\n`);
      return EXIT.failed;
    }
    const { creditUnit, profiles } = doc.settings;
    io.stdout(`${file}: made "${title}" (credits in ${creditUnit}; profiles: ${profiles.join(', ')})\n`);
    return EXIT.ok;
  },
};
