/**
 * Limits of what a review copy may be. A .docx is a zip, so its size on disk says little
 * about what it unpacks to: every part is checked against its declared size before it is
 * inflated, and inflated with a bound, so a lying header cannot exhaust memory.
 */
const MB = 1024 * 1024;

export const READ_LIMITS = {
  /** The .docx file itself. Word review copies are well under 5 MB. */
  file: 50 * MB,
  /** word/document.xml, unpacked. */
  document: 64 * MB,
  /** word/comments.xml and word/commentsExtended.xml, unpacked, each. */
  comments: 16 * MB,
  /** Any other part read (relationships, properties, headers and footers), unpacked. */
  otherPart: 8 * MB,
  /** Every part read, unpacked, together. */
  total: 200 * MB,
  /** Entries in the zip's directory: Word writes a few dozen. */
  entries: 10_000,
  /**
   * Unpacked size per packed byte above which a part bigger than `ratioFloor` is refused.
   * XML packs 5–30 times; deflate cannot exceed ~1032, which only a bomb comes close to.
   */
  ratio: 400,
  ratioFloor: 1 * MB,
} as const;

/** "16 MB", "512 KB", "300 bytes": sizes in messages. */
export function sizeText(bytes: number): string {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
