/**
 * Only plain web pages may be handed to the system browser; never file:, javascript:,
 * custom schemes, or URLs carrying credentials. Pure, so both hosts and tests share it.
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.username === '' && u.password === '' && u.hostname !== '';
  } catch {
    return false;
  }
}
