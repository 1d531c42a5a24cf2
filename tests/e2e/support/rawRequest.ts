import type { Page } from '@playwright/test';

export { rawRequest, type RawAnswer } from '../../helpers/rawHttp';

/** The Cookie header of a page that was let in (the session cookie is HttpOnly: only the browser's store shows it). */
export async function sessionCookieOf(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}
