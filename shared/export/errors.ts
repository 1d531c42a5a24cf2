/** A request the export cannot satisfy, with a message a user can act on. */
export class ExportError extends Error {
  constructor(
    readonly code: 'unknown-credential' | 'unknown-revision' | 'no-credentials' | 'choose-credential',
    message: string,
  ) {
    super(message);
  }
}
