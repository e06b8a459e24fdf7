import { digitsToText, RADIX } from '../alphabet.ts';
import type { DesignDocument } from '../../document/document.ts';
import type { Predictor } from '../model/predictor.ts';
import { Channel } from './channel.ts';
import {
  CHECKSUM_BITS,
  codedBytes,
  numberModels,
  RARE,
  SIZE_CLASS_BITS,
  stringsOf,
  zigzag,
} from './layout.ts';
import { END, STREAM, withPrimedPredictorV1 } from './model.ts';

function writeString(channel: Channel, stream: number, bytes: Uint8Array): void {
  channel.predictor.startStream(stream);
  for (const byte of bytes) channel.byte(byte);
  channel.byte(END);
}

/**
 * The v1 payload of a normalized, valid document (see `normalizeForShare` and `codec.ts`, which
 * check it first): size class, presence flags, files, positions, view, settings, checksum.
 */
export function encodeV1(document: DesignDocument): string {
  return withPrimedPredictorV1((predictor) => encodeWith(predictor, document));
}

function encodeWith(predictor: Predictor, document: DesignDocument): string {
  const strings = stringsOf(document);
  const total = codedBytes(strings);
  const { channel, digits } = Channel.writer(predictor, RADIX);
  const numbers = numberModels();
  const rare = (present: boolean) => channel.bit(RARE, present ? 1 : 0);

  channel.uniform(SIZE_CLASS_BITS, total.toString(2).length);
  rare(strings.ids.length > 0);
  rare(strings.activeFile !== undefined);
  rare(strings.viewport !== undefined);
  rare(strings.gatewayApi !== undefined);
  if (rare(strings.names.length !== 1)) channel.uint(numbers.files, strings.names.length);

  strings.names.forEach((name, i) => {
    writeString(channel, STREAM.name, name);
    writeString(channel, STREAM.text, strings.texts[i]!);
  });
  if (strings.ids.length > 0) {
    channel.uint(numbers.positions, strings.ids.length - 1);
    const positions = Object.values(document.positions);
    strings.ids.forEach((id, i) => {
      writeString(channel, STREAM.meta, id);
      channel.uint(numbers.x, zigzag(positions[i]!.x));
      channel.uint(numbers.y, zigzag(positions[i]!.y));
    });
  }
  if (strings.activeFile) writeString(channel, STREAM.meta, strings.activeFile);
  for (const n of strings.viewport ?? []) writeString(channel, STREAM.meta, n);
  if (strings.gatewayApi) writeString(channel, STREAM.meta, strings.gatewayApi);
  channel.uniform(CHECKSUM_BITS, channel.checksum >>> (32 - CHECKSUM_BITS));
  return digitsToText(digits.finish());
}
