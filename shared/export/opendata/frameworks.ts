import type { SkillSource } from '../../model';

/**
 * Public URIs of skill-framework entries, derived only from URL patterns the frameworks
 * publish themselves:
 *
 * - ESCO: the entry's own URI (`http://data.europa.eu/esco/…`), as recorded on the skill.
 * - O*NET: O*NET OnLine's stable links — an O*NET-SOC occupation code (`15-1212.00`) links
 *   to `https://www.onetonline.org/link/summary/<code>`; a Content Model descriptor
 *   element id (`2.A.1.a`) to `https://www.onetonline.org/find/descriptor/result/<id>`.
 *
 * NICE Framework TKS identifiers (`K0682`, `S0866`, `T1112`) are published in NIST's
 * NICE Framework Components data, but we found no documented per-statement web address,
 * so a NICE code without a recorded URI gets none here: exports name the code in their
 * notes instead of inventing an address.
 */
export type FrameworkUri = { uri: string; derived: boolean } | { uri?: undefined; reason: string };

const ONET_SOC = /^\d{2}-\d{4}\.\d{2}$/;
const ONET_ELEMENT = /^\d(\.[A-Z](\.\d+)*(\.[a-z](\.\d+)?)?)?$/;

export const ONET_SUMMARY = 'https://www.onetonline.org/link/summary/';
export const ONET_DESCRIPTOR = 'https://www.onetonline.org/find/descriptor/result/';

/** Whether a code is an O*NET-SOC occupation code (`15-1212.00`). */
export const isOnetOccupation = (code: string | undefined): boolean => ONET_SOC.test(code?.trim() ?? '');

/** Which framework a free-text framework name means, where we know one. */
export function frameworkKind(name: string): 'esco' | 'onet' | 'nice' | undefined {
  const n = name.toLowerCase().replace(/[^a-z]/g, '');
  if (n.startsWith('esco')) return 'esco';
  if (n.startsWith('onet')) return 'onet';
  if (n.startsWith('nice') || n.includes('workforceframeworkforcybersecurity')) return 'nice';
  return undefined;
}

/** The public URI of a skill's framework entry: the recorded one, else one derived from its code. */
export function frameworkUri(source: SkillSource | undefined): FrameworkUri {
  if (!source) return { reason: 'no framework source' };
  if (source.uri) return { uri: source.uri, derived: false };
  const code = source.code?.trim();
  const kind = frameworkKind(source.framework);
  if (!code) return { reason: `${source.framework} entry has no URI or code` };
  if (kind === 'onet') {
    if (ONET_SOC.test(code)) return { uri: `${ONET_SUMMARY}${code}`, derived: true };
    if (ONET_ELEMENT.test(code)) return { uri: `${ONET_DESCRIPTOR}${code}`, derived: true };
    return { reason: `O*NET code ${code} is neither an O*NET-SOC occupation code nor a Content Model element id` };
  }
  if (kind === 'nice') return { reason: `NICE Framework identifier ${code} has no published per-statement web address (code kept, no URI invented)` };
  return { reason: `${source.framework} entry ${code} has no URI, and no public URL pattern is known for ${source.framework}` };
}

/** The EU's concept scheme of EQF levels (Europass controlled list). */
export const EQF_SCHEME = 'http://data.europa.eu/snb/eqf/25831c2';

/** The EU's URI for an EQF level (a concept of `EQF_SCHEME`). */
export const eqfUri = (level: number): string => `http://data.europa.eu/snb/eqf/${level}`;
