/**
 * What a share link may carry. The decoder checks each before it does the work (the link's length
 * before decoding, the declared size before inflating) and again while decoding, so a crafted link
 * can neither expand into a large allocation nor keep the tab busy for long.
 */
export const SHARE_LIMITS = {
  /** Characters of the fragment, version tag included (browsers keep URLs of about 2 MB). */
  maxFragmentLength: 1_000_000,
  /** UTF-8 bytes of all file names, texts and view data together. */
  maxDecodedBytes: 1 << 20,
  maxFiles: 1000,
  /** UTF-16 code units of a file path (`dir/name.yaml`). */
  maxFileNameLength: 512,
  maxPositions: 50_000,
  /** UTF-16 code units of a node id, an active file name or a setting. */
  maxIdLength: 1024,
  /** Largest |x| or |y| of a node position (positions are whole numbers in links). */
  maxCoordinate: 1e9,
} as const;
