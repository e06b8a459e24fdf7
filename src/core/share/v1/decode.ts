import { digitOf, lengthChecked, RADIX } from '../alphabet.ts';
import type { DesignDocument, DesignView, NodePosition } from '../../document/document.ts';
import { abort } from '../errors.ts';
import { SHARE_LIMITS } from '../limits.ts';
import { DigitDecoder } from '../range-coder.ts';
import { Channel, TRUNCATED } from './channel.ts';
import { CHECKSUM_BITS, numberModels, RARE, SIZE_CLASS_BITS, unzigzag } from './layout.ts';
import type { Predictor } from '../model/predictor.ts';
import { END, STREAM, withPrimedPredictorV1 } from './model.ts';

/**
 * The most bytes `length` digits can decode to: the model never gives a bit more than 4095/4096,
 * so each bit costs at least log2(4096/4095) bits of the payload (about 2,200 bytes per digit).
 */
const maxBytesFor = (length: number): number => Math.ceil((length * Math.log2(RADIX)) / 0.00282);

const CORRUPTED =
  'The link is damaged: a character was changed or lost on the way. Copy the whole link again from where it was shared.';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function digitsOf(payload: string): number[] {
  const digits: number[] = [];
  for (let i = 0; i < payload.length; i++) {
    const digit = digitOf(payload[i]!);
    if (digit === undefined) {
      abort(
        'invalid-character',
        `The link holds '${payload[i]}' at character ${i + 1}, which links never contain: something changed it on the way. Copy the link again from where it was shared.`,
      );
    }
    digits.push(digit);
  }
  return digits;
}

function readString(channel: Channel, stream: number): string {
  channel.predictor.startStream(stream);
  const bytes: number[] = [];
  for (let byte = channel.byte(0); byte !== END; byte = channel.byte(0)) bytes.push(byte);
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return abort('corrupted', CORRUPTED);
  }
}

function checkCount(count: number, max: number, what: string): number {
  if (count > max)
    abort('invalid-design', `The link's design has ${count} ${what}; at most ${max} are allowed.`);
  return count;
}

/** The document of a v1 payload (the part after `v1/`), unvalidated beyond its structure. */
export function decodeV1(text: string): DesignDocument {
  digitsOf(text);
  const payload = lengthChecked(text);
  if (payload === 'truncated') return abort('truncated', TRUNCATED);
  const digits = digitsOf(payload);
  return withPrimedPredictorV1((predictor) => decodeWith(predictor, digits));
}

function decodeWith(predictor: Predictor, digits: number[]): DesignDocument {
  const decoder = new DigitDecoder(digits, RADIX);
  const channel = Channel.reader(predictor, decoder);
  const sizeClass = channel.uniform(SIZE_CLASS_BITS, 0);
  const budget = 2 ** sizeClass - 1;
  if (budget > SHARE_LIMITS.maxDecodedBytes * 2 - 1) {
    abort(
      'too-large',
      `The link's design is larger than links may carry (${SHARE_LIMITS.maxDecodedBytes / 2 ** 20} MiB).`,
    );
  }
  if (2 ** (sizeClass - 1) > maxBytesFor(digits.length)) abort('corrupted', CORRUPTED);
  channel.budget = Math.min(budget, SHARE_LIMITS.maxDecodedBytes);
  const numbers = numberModels();
  const rare = () => channel.bit(RARE, 0) === 1;

  const hasPositions = rare();
  const hasActiveFile = rare();
  const hasViewport = rare();
  const hasGatewayApi = rare();
  const fileCount = rare()
    ? checkCount(channel.uint(numbers.files, 0), SHARE_LIMITS.maxFiles, 'files')
    : 1;
  const files = [];
  for (let i = 0; i < fileCount; i++) {
    const name = readString(channel, STREAM.name);
    files.push({ name, text: readString(channel, STREAM.text) });
  }
  const positions: Record<string, NodePosition> = {};
  if (hasPositions) {
    const count = checkCount(
      channel.uint(numbers.positions, 0) + 1,
      SHARE_LIMITS.maxPositions,
      'node positions',
    );
    for (let i = 0; i < count; i++) {
      const id = readString(channel, STREAM.meta);
      const x = unzigzag(channel.uint(numbers.x, 0));
      positions[id] = { x, y: unzigzag(channel.uint(numbers.y, 0)) };
    }
  }
  const view: DesignView = {};
  if (hasActiveFile) view.activeFile = readString(channel, STREAM.meta);
  if (hasViewport) {
    const [x, y, zoom] = [0, 1, 2].map(() => readNumber(channel));
    view.viewport = { x: x!, y: y!, zoom: zoom! };
  }
  const settings = hasGatewayApi ? { gatewayApi: readString(channel, STREAM.meta) } : {};
  const expected = channel.checksum >>> (32 - CHECKSUM_BITS);
  const intact = channel.uniform(CHECKSUM_BITS, 0) === expected;
  const length = decoder.expectedLength();
  if (length > digits.length) abort('truncated', TRUNCATED);
  if (!intact || !decoder.endsAsEncoded()) abort('corrupted', CORRUPTED);
  return { files, positions, view, settings };
}

/** A number written as JavaScript writes it (`String(n)`), exactly. */
function readNumber(channel: Channel): number {
  const text = readString(channel, STREAM.meta);
  const value = Number(text);
  if (!Number.isFinite(value) || String(value) !== text) abort('corrupted', CORRUPTED);
  return value;
}
