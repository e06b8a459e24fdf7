import { abort } from '../errors.ts';
import { BitModel } from '../model/counters.ts';
import { mix } from '../model/hash.ts';
import type { Predictor } from '../model/predictor.ts';
import { DigitDecoder, DigitEncoder } from '../range-coder.ts';

/** One side of the arithmetic coder: writes the given bit, or reads one (ignoring `value`). */
interface BitCoder {
  bit(p: number, value: number): number;
}

class Writer implements BitCoder {
  constructor(readonly digits: DigitEncoder) {}
  bit(p: number, value: number): number {
    this.digits.encode(value, p);
    return value;
  }
}

class Reader implements BitCoder {
  constructor(readonly digits: DigitDecoder) {}
  bit(p: number): number {
    const bit = this.digits.decode(p);
    if (this.digits.overrun > 0) abort('truncated', TRUNCATED);
    return bit;
  }
}

export const TRUNCATED =
  'The link is truncated: it ends before the design does. Copy the whole link again (some chat apps cut long links).';

/** Adaptive models of an Elias-gamma number: one per bit position of its length and of its bits. */
export class NumberModel {
  readonly length = Array.from({ length: 33 }, () => new BitModel());
  readonly bits = Array.from({ length: 33 }, () => new BitModel());
}

const UNIFORM = 2048;

/**
 * What the v1 format is written through, the same code reading and writing: each method codes the
 * given value when encoding and returns the decoded one when decoding. Every bit also goes into a
 * running checksum, so a changed character is caught at the end.
 */
export class Channel {
  checksum = 0x811c9dc5;
  /** Bytes of strings coded so far (the decoder's size budget). */
  bytes = 0;

  private constructor(
    private readonly coder: BitCoder,
    readonly predictor: Predictor,
    readonly decoding: boolean,
  ) {}

  /** Bytes the decoder may still accept in all (a decoded stream that goes past it is damaged). */
  budget = Infinity;

  static writer(predictor: Predictor, radix: number): { channel: Channel; digits: DigitEncoder } {
    const digits = new DigitEncoder(radix);
    return { channel: new Channel(new Writer(digits), predictor, false), digits };
  }

  static reader(predictor: Predictor, digits: DigitDecoder): Channel {
    return new Channel(new Reader(digits), predictor, true);
  }

  /** A bit at fixed odds P(1) = p / 4096. */
  bit(p: number, value: number): number {
    const bit = this.coder.bit(p, value);
    this.checksum = mix(this.checksum, bit);
    return bit;
  }

  /** A bit with an adaptive probability. */
  flag(model: BitModel, value: boolean): boolean {
    const bit = this.bit(model.probability, value ? 1 : 0);
    model.update(bit);
    return bit === 1;
  }

  /** `bits` bits at even odds, most significant first. */
  uniform(bits: number, value: number): number {
    let out = 0;
    for (let i = bits - 1; i >= 0; i--)
      out = out * 2 + this.bit(UNIFORM, Math.floor(value / 2 ** i) % 2);
    return out;
  }

  /** A whole number below 2^32 (Elias gamma: its bit length in unary, then its bits). */
  uint(model: NumberModel, value: number): number {
    const length = this.decoding ? 0 : Math.floor(value + 1).toString(2).length - 1;
    let n = 0;
    while (n < 32 && this.flag(model.length[n]!, n < length)) n++;
    let out = 1;
    for (let i = n - 1; i >= 0; i--) {
      const bit = this.flag(model.bits[i]!, Math.floor((value + 1) / 2 ** i) % 2 === 1);
      out = out * 2 + (bit ? 1 : 0);
    }
    return out - 1;
  }

  /** One byte through the text model. */
  byte(value: number): number {
    const predictor = this.predictor;
    let byte = 0;
    for (let i = 7; i >= 0; i--) {
      const bit = this.bit(predictor.predict(), (value >> i) & 1);
      predictor.update(bit);
      byte = (byte << 1) | bit;
    }
    if (++this.bytes > this.budget) {
      abort('corrupted', 'The link is damaged: it holds more than it says it does.');
    }
    return byte;
  }
}
