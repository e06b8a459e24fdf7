import { stretch } from './logistic.ts';

/** Adaptation rate by count: 1 / (n + 1.5) in 16-bit fixed point, so early bits move it most. */
const RATE = Array.from({ length: 256 }, (_, n) => Math.floor(65536 / (n + 1.5)));
const HALF = 32768 << 16;

/**
 * Bit probabilities addressed by hashed context. A context owns a bucket of 16 slots per nibble
 * (one cache line): slot 0 holds an 8-bit check that resets a bucket another context collided
 * into, slots 1–15 the counters of the nibble's partial bits. A counter is a 16-bit probability
 * and an 8-bit hit count (young counters learn faster). A bucket is 16 slots (one cache line).
 */
export class CounterTable {
  private readonly slots: Uint32Array;
  private readonly shift: number;
  private bucket = 0;
  private slot = 0;
  /** Per bucket, the session that saved it last; a bucket is saved once per session. */
  private readonly saved: Uint32Array;
  private session = 0;
  private journaling = false;
  /** Saved buckets: index, then its 16 slots, per bucket. */
  private journal = new Uint32Array(17 * 1024);
  private journalLength = 0;

  constructor(
    bits: number,
    private readonly limit: number,
  ) {
    this.shift = 32 - bits + 4;
    this.slots = new Uint32Array(1 << bits);
    this.saved = new Uint32Array(1 << (bits - 4));
  }

  /**
   * Starts recording: every bucket is saved before its first change, so `restore` puts the table
   * back in time proportional to what was coded (copying the whole table would cost megabytes per link).
   */
  begin(): void {
    this.session = (this.session + 1) >>> 0 || 1;
    this.journaling = true;
    this.journalLength = 0;
  }

  restore(): void {
    const { journal, slots } = this;
    for (let i = 0; i < this.journalLength; i += 17) {
      const bucket = journal[i]!;
      for (let k = 0; k < 16; k++) slots[bucket + k] = journal[i + 1 + k]!;
    }
    this.journaling = false;
    this.journalLength = 0;
  }

  private save(bucket: number): void {
    const id = bucket >>> 4;
    if (this.saved[id] === this.session) return;
    this.saved[id] = this.session;
    if (this.journalLength + 17 > this.journal.length) {
      const grown = new Uint32Array(this.journal.length * 2);
      grown.set(this.journal);
      this.journal = grown;
    }
    const { journal, slots } = this;
    const at = this.journalLength;
    journal[at] = bucket;
    for (let k = 0; k < 16; k++) journal[at + 1 + k] = slots[bucket + k]!;
    this.journalLength = at + 17;
  }

  /** Selects the bucket for a nibble's context (a 32-bit hash). */
  select(context: number): void {
    const bucket = (context >>> this.shift) << 4;
    const check = (context & 255) | 256;
    this.bucket = bucket;
    if (this.journaling) this.save(bucket);
    if (this.slots[bucket] !== check) {
      this.slots[bucket] = check;
      this.slots.fill(HALF, bucket + 1, bucket + 16);
    }
  }

  /** The stretched prediction of the slot for the nibble's bits so far (`partial`, 1..15). */
  predict(partial: number): number {
    this.slot = this.bucket + partial;
    const counter = this.slots[this.slot]!;
    return (counter & 255) === 0 ? 0 : stretch(counter >>> 20);
  }

  update(bit: number): void {
    const counter = this.slots[this.slot]!;
    const n = counter & 255;
    const p = counter >>> 16;
    const next = p + Math.trunc((((bit ? 65535 : 0) - p) * RATE[n]!) / 65536);
    this.slots[this.slot] = ((next << 16) >>> 0) + (n < this.limit ? n + 1 : n);
  }
}

/** One adaptive probability, for flags and numbers. */
export class BitModel {
  private p = 32768;
  private n = 0;

  constructor(private readonly limit = 30) {}

  /** P(1) in 12 bits, kept inside [1, 4095]. */
  get probability(): number {
    return Math.min(4095, Math.max(1, this.p >> 4));
  }

  update(bit: number): void {
    this.p += Math.trunc((((bit ? 65535 : 0) - this.p) * RATE[this.n]!) / 65536);
    if (this.n < this.limit) this.n++;
  }
}
