import type { ImportFormat } from './types';

/**
 * The release a file's name says it is, for formats whose files do not say it themselves:
 * ESCO's download is named like "ESCO dataset - v1.2.0 - classification - en - csv"
 * ("skills_en.csv" inside says nothing, so the wizard and --release ask), O*NET's database
 * folder like "db_29_0_text". Undefined when the name holds no version.
 */
export function releaseFromName(format: ImportFormat, name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (format === 'esco') {
    const m = /(?:^|[^\p{L}\d.])v?(\d+\.\d+(?:\.\d+)?)(?!\d)/iu.exec(name);
    return m ? `ESCO v${m[1]}` : undefined;
  }
  if (format === 'onet') {
    const m = /db_(\d+)_(\d+)/i.exec(name);
    return m ? `O*NET ${m[1]}.${m[2]}` : undefined;
  }
  return undefined;
}
