import { randomBytes, timingSafeEqual } from 'node:crypto';

/** The query parameter of a one-time launch link: `http://127.0.0.1:PORT/?launch=SECRET`. */
export const LAUNCH_PARAM = 'launch';

/**
 * Who may talk to the browser host. Any program on the machine can connect to a loopback
 * port, including other users' programs on a shared computer, so neither the port nor the
 * page is a secret. The host hands out one-time launch secrets (in the link it opens or
 * prints for its own user); a browser that brings one gets the session cookie (HttpOnly,
 * SameSite=Strict), and every request, the page included, must carry that cookie. The API
 * token in the page is a second check on top (it proves the caller is script of our page).
 */
export class HostAuth {
  readonly cookieName: string;
  readonly session = secret();
  readonly apiToken = secret();
  private readonly unusedLaunches = new Set<string>();

  /** The cookie name carries the port: cookies are not kept apart by port, two hosts must not share one. */
  constructor(port: number) {
    this.cookieName = `studio-session-${port}`;
  }

  /** A new secret that opens one browser session once. */
  newLaunchSecret(): string {
    const value = secret();
    this.unusedLaunches.add(value);
    return value;
  }

  /** True once for each secret handed out; the secret is spent whether or not a browser keeps the cookie. */
  redeem(given: string): boolean {
    for (const value of this.unusedLaunches) {
      if (sameSecret(given, value)) {
        this.unusedLaunches.delete(value);
        return true;
      }
    }
    return false;
  }

  /** True when a Cookie header carries this host's session. */
  hasSession(cookieHeader: string | undefined): boolean {
    return sameSecret(readCookie(cookieHeader, this.cookieName), this.session);
  }

  /** The Set-Cookie value that opens the session: never readable by script, never sent by another site. */
  sessionCookie(): string {
    return `${this.cookieName}=${this.session}; Path=/; HttpOnly; SameSite=Strict`;
  }
}

/** Compares in constant time; a missing or malformed value never matches. */
export function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || expected === '') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** One cookie's value from a Cookie header (`a=1; b=2`), or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function secret(): string {
  return randomBytes(32).toString('base64url');
}
