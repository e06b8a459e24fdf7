import type { DesignDocument } from '../document/document.ts';
import { documentProblem } from './check-document.ts';
import { abort, ShareAbort, type ShareError } from './errors.ts';
import { SHARE_LIMITS } from './limits.ts';
import { normalizeForShare } from './normalize.ts';
import { decodeV1 } from './v1/decode.ts';
import { encodeV1 } from './v1/encode.ts';
import { codedBytes, stringsOf } from './v1/layout.ts';

/** The format version links are written in. */
export const SHARE_FORMAT_VERSION = 1;

/** Every version this copy reads, forever: a link once shared keeps opening. */
const DECODERS: Readonly<Record<number, (payload: string) => DesignDocument>> = { 1: decodeV1 };

/** `v<version>/` at the start of a fragment: what tells a share link from any other hash. */
const VERSION_TAG = /^v([0-9]{1,9})\//;

export type ShareDecodeResult =
  { ok: true; document: DesignDocument } | { ok: false; error: ShareError };

export type ShareEncodeResult = { ok: true; fragment: string } | { ok: false; error: ShareError };

export type ShareLinkResult =
  { ok: true; link: string; fragment: string } | { ok: false; error: ShareError };

/** Whether a URL fragment (`location.hash`, with or without `#`) is a share link's. */
export function isShareFragment(fragment: string): boolean {
  return VERSION_TAG.test(withoutHash(fragment));
}

const withoutHash = (fragment: string): string =>
  fragment.startsWith('#') ? fragment.slice(1) : fragment;

/**
 * The fragment (without `#`) that carries `document`: `v1/` and the payload. What it restores is
 * `normalizeForShare(document)`: texts and names byte for byte, positions as whole numbers.
 * Fails (as data) only when the design is too large for a link or breaks a rule of
 * `documentProblem` (such as a file name with `..`).
 */
export function encodeShareFragment(document: DesignDocument): ShareEncodeResult {
  const normalized = normalizeForShare(document);
  const problem = documentProblem(normalized);
  if (problem) {
    return {
      ok: false,
      error: { code: 'invalid-design', message: `This design cannot be shared: ${problem}.` },
    };
  }
  const size = codedBytes(stringsOf(normalized));
  if (size > SHARE_LIMITS.maxDecodedBytes) {
    const limit = SHARE_LIMITS.maxDecodedBytes / 2 ** 20;
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: `This design is too large for a link (${(size / 2 ** 20).toFixed(1)} MiB; links carry up to ${limit} MiB). Export it as files instead.`,
      },
    };
  }
  return { ok: true, fragment: `v${SHARE_FORMAT_VERSION}/${encodeV1(normalized)}` };
}

/**
 * A link to `document` on the app at `baseUrl` (any fragment of `baseUrl` is replaced), e.g.
 * `encodeShareLink(doc, 'https://example.github.io/route-studio/')`.
 */
export function encodeShareLink(document: DesignDocument, baseUrl: string): ShareLinkResult {
  const encoded = encodeShareFragment(document);
  if (!encoded.ok) return encoded;
  const base = baseUrl.split('#')[0]!;
  return { ok: true, link: `${base}#${encoded.fragment}`, fragment: encoded.fragment };
}

/**
 * The design in a share fragment (`location.hash`, with or without `#`). Never throws: a link that
 * is not one, was made by a newer version, is truncated, damaged, too large or carries an invalid
 * design gives `{ ok: false, error }` with a message to show. Percent-escapes of the link's own
 * characters (which some tools add) are undone first.
 */
export function decodeShareFragment(fragment: string): ShareDecodeResult {
  try {
    return { ok: true, document: decodeOrAbort(withoutHash(fragment)) };
  } catch (error) {
    if (error instanceof ShareAbort) return { ok: false, error: error.error };
    return {
      ok: false,
      error: { code: 'corrupted', message: 'The link is damaged and cannot be opened.' },
    };
  }
}

/** Like `decodeShareFragment`, for a whole link (`https://…/#v1/…`) or a bare fragment. */
export function decodeShareLink(link: string): ShareDecodeResult {
  const hash = link.indexOf('#');
  return decodeShareFragment(hash < 0 ? link.trim() : link.slice(hash + 1).trim());
}

function decodeOrAbort(fragment: string): DesignDocument {
  if (fragment.length > SHARE_LIMITS.maxFragmentLength) {
    abort(
      'too-long',
      `The link is longer than links may be (${SHARE_LIMITS.maxFragmentLength.toLocaleString('en')} characters).`,
    );
  }
  const tag = VERSION_TAG.exec(fragment);
  if (!tag)
    abort(
      'not-a-share-link',
      'This is not a Route Studio share link (it should contain #v1/ followed by the design).',
    );
  const version = Number(tag[1]);
  const decode = DECODERS[version];
  if (!decode) {
    if (version > SHARE_FORMAT_VERSION) {
      abort(
        'newer-version',
        `The link was made by a newer version of Route Studio (link format v${version}; this copy reads up to v${SHARE_FORMAT_VERSION}). Open it in an up-to-date copy.`,
      );
    }
    abort(
      'not-a-share-link',
      `This is not a Route Studio share link (there is no link format v${version}).`,
    );
  }
  const payload = fragment
    .slice(tag[0].length)
    .replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const document = decode(payload);
  const problem = documentProblem(document);
  if (problem) abort('invalid-design', `The link's design cannot be opened: ${problem}.`);
  return document;
}
