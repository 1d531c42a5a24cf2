import { z } from 'zod';
import type { LoadProblem } from './format';
import type { McredDocument } from './model';

/**
 * The one contract between the renderer and whatever hosts it (Electron main via IPC, or
 * the local browser host via HTTP). Add a method here, in STUDIO_CHANNELS and in
 * studioArgSchemas(); the compiler then points at every place that must implement it.
 */
export interface StudioApi {
  /** The document the app was started with: the file named on the command line, else the built-in example. */
  openInitialDocument(): Promise<OpenResult>;
}

export type StudioMethod = keyof StudioApi;

/** Where an open document came from. The example has no file until it is saved somewhere. */
export type DocumentSource =
  | { kind: 'example' }
  | {
      kind: 'file';
      /** Absolute path on the host's file system; shown to the user, never opened by the renderer. */
      path: string;
      /** Hash of the bytes as loaded: the base that later saves compare against. */
      hash: string;
    };

export type OpenResult =
  | { ok: true; doc: McredDocument; source: DocumentSource }
  | {
      ok: false;
      /** The file that could not be opened (the example always opens). */
      path: string;
      problems: LoadProblem[];
    };

/**
 * Channel names, one per method. Typed from the method name so that no channel string is
 * ever written twice: the preload, main and the browser host all read it from here.
 */
export const STUDIO_CHANNELS: { readonly [M in StudioMethod]: `studio:${M}` } = {
  openInitialDocument: 'studio:openInitialDocument',
};

type ArgSchemas = { readonly [M in StudioMethod]: z.ZodType<Parameters<StudioApi[M]>> };
let argSchemas: ArgSchemas | undefined;

/**
 * Argument schemas, one per method, as tuples of the method's parameters. Hosts validate
 * every incoming call with these: the renderer is treated as untrusted input. Built on
 * first use so that the sandboxed preload, which imports only STUDIO_CHANNELS, does not
 * bundle zod.
 */
export function studioArgSchemas(): ArgSchemas {
  argSchemas ??= {
    openInitialDocument: z.tuple([]),
  };
  return argSchemas;
}

/**
 * How the browser host carries StudioApi over HTTP: `POST <apiPrefix><method>` with the
 * argument tuple as a JSON body. The host writes a per-run token into a meta tag of the
 * page it serves and refuses API calls that do not send it back in the header.
 */
export const HTTP_TRANSPORT = {
  apiPrefix: '/api/',
  tokenMeta: 'studio-token',
  tokenHeader: 'x-studio-token',
} as const;

export const STUDIO_METHODS = /* @__PURE__ */ Object.keys(STUDIO_CHANNELS) as StudioMethod[];

/** Own-property check, so that names such as `__proto__` or `toString` are never methods. */
export function isStudioMethod(name: string): name is StudioMethod {
  return Object.prototype.hasOwnProperty.call(STUDIO_CHANNELS, name);
}

/** Why a host refused a call; the message is safe to show and names no internals. */
export interface CallRefusal {
  ok: false;
  reason: 'unknown-method' | 'invalid-arguments';
  message: string;
}

/**
 * Validates a raw call (method name and arguments as received over IPC or HTTP) and
 * dispatches it to an implementation. Both hosts use this so that the checks are identical.
 */
export function callStudioMethod(
  api: StudioApi,
  method: string,
  rawArgs: unknown,
): { ok: true; result: Promise<unknown> } | CallRefusal {
  if (!isStudioMethod(method)) {
    return { ok: false, reason: 'unknown-method', message: `There is no method "${method.slice(0, 100)}".` };
  }
  const parsed = studioArgSchemas()[method].safeParse(rawArgs);
  if (!parsed.success) {
    return { ok: false, reason: 'invalid-arguments', message: `The arguments for ${method} are not valid.` };
  }
  // Safe widening: the arguments were just validated against this very method's schema.
  const fn = api[method] as (...args: unknown[]) => Promise<unknown>;
  return { ok: true, result: fn.apply(api, parsed.data) };
}
