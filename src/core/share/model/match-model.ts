import { mix } from './hash.ts';
import type { History } from './history.ts';
import { stretch } from './logistic.ts';

/** Bytes that must agree before a match is used. */
const MIN_LENGTH = 5;
const MAX_LENGTH = 65535;
const TABLE_BITS = 18;

/**
 * Predicts that the text goes on as it did after the last occurrence of its latest bytes (in the
 * design so far or in the dictionary): the model that makes repeated names and blocks cheap.
 */
export class MatchModel {
  private readonly table: Int32Array;
  /** Where the predicted byte is in the history, or 0 without a match. */
  private pointer = 0;
  length = 0;
  private expected = 0;
  private readonly confidence: Uint16Array;
  private slot = 0;

  constructor(from?: MatchModel) {
    this.table = from ? from.table.slice() : new Int32Array(1 << TABLE_BITS);
    this.confidence = from ? from.confidence.slice() : new Uint16Array(64 * 2).fill(32768);
    if (from) {
      this.pointer = from.pointer;
      this.length = from.length;
      this.expected = from.expected;
    }
  }

  clone(): MatchModel {
    return new MatchModel(this);
  }

  /** After a whole byte: extend the match or look for a new one. */
  updateByte(history: History): void {
    const { bytes, length: end } = history;
    if (this.length > 0 && this.pointer < end && bytes[this.pointer] === bytes[end - 1]) {
      this.pointer++;
      if (this.length < MAX_LENGTH) this.length++;
    } else this.length = 0;
    if (end < MIN_LENGTH) return;
    let h = 0;
    for (let i = end - MIN_LENGTH; i < end; i++) h = mix(h, bytes[i]!);
    const slot = h >>> (32 - TABLE_BITS);
    if (this.length === 0) {
      const candidate = this.table[slot]!;
      if (candidate > 0) {
        let n = 0;
        while (n < 32 && candidate - n > 0 && bytes[candidate - n - 1] === bytes[end - n - 1]) n++;
        if (n >= MIN_LENGTH) {
          this.pointer = candidate;
          this.length = n;
        }
      }
    }
    this.table[slot] = end;
    this.expected = this.length > 0 ? bytes[this.pointer]! | 256 : 0;
  }

  /** Stretched prediction of the next bit, given the bits of this byte so far (`partial`, 1..255). */
  predict(partial: number, bitIndex: number): number {
    if (this.length === 0 || this.expected >>> (8 - bitIndex) !== partial) {
      this.length = 0;
      this.slot = -1;
      return 0;
    }
    const bit = (this.expected >>> (7 - bitIndex)) & 1;
    this.slot = Math.min(this.length, 31) * 2 + bit;
    return stretch(this.confidence[this.slot]! >> 4);
  }

  update(bit: number): void {
    if (this.slot < 0) return;
    const p = this.confidence[this.slot]!;
    this.confidence[this.slot] = p + (((bit ? 65535 : 0) - p) >> 6);
  }
}
