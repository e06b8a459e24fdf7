/** Share links: a whole design in a URL fragment. See `docs/share-links.md` for the format. */
export {
  decodeShareFragment,
  decodeShareLink,
  encodeShareFragment,
  encodeShareLink,
  isShareFragment,
  SHARE_FORMAT_VERSION,
  type ShareDecodeResult,
  type ShareEncodeResult,
  type ShareLinkResult,
} from './codec.ts';
export type { ShareError, ShareErrorCode } from './errors.ts';
export { SHARE_LIMITS } from './limits.ts';
export { normalizeForShare } from './normalize.ts';
export { fileNameProblem } from './validate.ts';
