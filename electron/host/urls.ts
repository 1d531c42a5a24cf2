/**
 * The sites the app may send the user to: the accreditation frameworks and standards it
 * cites or exports to. A host matches itself and its sub-domains (`eur-lex.europa.eu`
 * under `europa.eu`).
 */
export const EXTERNAL_HOSTS: readonly string[] = [
  'europa.eu', // EU Council Recommendation 2022, ESCO, Europass
  'unesco.org',
  'nzqa.govt.nz',
  'education.gov.au', // Australia's National Microcredentials Framework
  'ed.gov', // US credit-hour practice
  'ecfr.gov',
  'onetonline.org',
  'onetcenter.org',
  'credentialengine.org', // CTDL
  'credreg.net',
  'imsglobal.org', // Open Badges, CASE
  '1edtech.org',
  'w3.org', // Verifiable Credentials
  'sfia-online.org',
];

/**
 * Only links to those sites (over https, without credentials or an odd port) and plain
 * e-mail addresses are handed to the system: never file:, javascript:, custom schemes, or
 * an arbitrary site a compromised page would like to open. Pure, so both hosts and tests
 * share it.
 */
export function isAllowedExternalUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'mailto:') {
    // One address; a subject and body may be filled in, nothing else (some mail programs honour `attach=`).
    const onlyText = [...u.searchParams.keys()].every((key) => key === 'subject' || key === 'body');
    return onlyText && u.hash === '' && /^[^\s@/?#:,]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(decodeURIComponentSafe(u.pathname));
  }
  if (u.protocol !== 'https:' || u.username !== '' || u.password !== '' || u.port !== '') return false;
  const host = u.hostname.toLowerCase();
  return EXTERNAL_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
