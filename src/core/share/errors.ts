/** Why a link could not be opened (or a design could not be shared). Stable: the UI may branch on it. */
export type ShareErrorCode =
  /** The text is not a Route Studio share link at all. */
  | 'not-a-share-link'
  /** The link names a format version this copy does not know: made by a newer Route Studio. */
  | 'newer-version'
  /** The link is longer than any link Route Studio makes or opens. */
  | 'too-long'
  /** The link holds a character links never contain (a chat app or a copy changed it). */
  | 'invalid-character'
  /** The link ends before its design does. */
  | 'truncated'
  /** The link decodes, but not to what was encoded: a character was changed or the link was cut short. */
  | 'corrupted'
  /** The design is (or claims to be) larger than a link may carry. */
  | 'too-large'
  /** The design in the link breaks a rule every design must keep (file names, counts, numbers). */
  | 'invalid-design';

/** A problem with a link, in words a person can act on. */
export interface ShareError {
  code: ShareErrorCode;
  message: string;
}

/**
 * Thrown inside the codec to stop at the first problem; the public functions catch it and return
 * it as data. Never escapes `codec.ts`.
 */
export class ShareAbort extends Error {
  constructor(readonly error: ShareError) {
    super(error.message);
  }
}

/** Stops decoding with `code` and `message`. */
export function abort(code: ShareErrorCode, message: string): never {
  throw new ShareAbort({ code, message });
}
