import { squash, stretch } from './logistic.ts';

/**
 * A gated linear mix of stretched predictions (one weight vector per selector value), trained
 * online to minimise coding cost. Only basic IEEE arithmetic, which every engine rounds alike.
 */
export class Mixer {
  private readonly weights: Float64Array;
  private readonly inputs: Float64Array;
  private count = 0;
  private base = 0;
  private p = 2048;

  private saved: Float64Array | undefined;

  constructor(
    private readonly size: number,
    selectors: number,
    private readonly rate: number,
  ) {
    this.weights = new Float64Array(size * selectors).fill(0.3);
    this.inputs = new Float64Array(size);
  }

  /** Remembers the weights (small enough to copy) for `restore`. */
  begin(): void {
    this.saved = this.weights.slice();
  }

  /** Puts the weights back, and drops inputs of a bit whose coding was stopped. */
  restore(): void {
    if (this.saved) this.weights.set(this.saved);
    this.saved = undefined;
    this.count = 0;
  }

  /** Adds one stretched prediction (-2047..2047) for the coming bit. */
  add(stretched: number): void {
    this.inputs[this.count++] = stretched / 256;
  }

  /** The mixed 12-bit probability, with the weights of `selector`. */
  mix(selector: number): number {
    this.base = selector * this.size;
    let dot = 0;
    for (let i = 0; i < this.count; i++) dot += this.inputs[i]! * this.weights[this.base + i]!;
    const d = Math.round(dot * 256);
    this.p = squash(d < -2047 ? -2047 : d > 2047 ? 2047 : d);
    return this.p;
  }

  update(bit: number): void {
    const error = ((bit ? 4096 : 0) - this.p) * this.rate;
    for (let i = 0; i < this.count; i++) this.weights[this.base + i]! += this.inputs[i]! * error;
    this.count = 0;
  }
}

/**
 * Adaptive probability map (secondary estimation, after lpaq1): refines a probability given a
 * small context, by interpolating between 24 buckets of the stretched input.
 */
export class Apm {
  private readonly table: Uint16Array;
  private index = 0;
  private saved: Uint16Array | undefined;

  constructor(
    contexts: number,
    private readonly rate: number,
  ) {
    this.table = new Uint16Array(contexts * 24);
    for (let i = 0; i < this.table.length; i++) {
      this.table[i] = squash(Math.floor((((i % 24) * 2 + 1) * 4096) / 48) - 2048) * 16;
    }
  }

  refine(p: number, context: number): number {
    const s = (stretch(p) + 2048) * 23;
    const weight = s & 0xfff;
    const base = context * 24 + (s >> 12);
    this.index = base + (weight >> 11);
    return (this.table[base]! * (4096 - weight) + this.table[base + 1]! * weight) >> 16;
  }

  update(bit: number): void {
    const target = (bit << 16) + (bit << this.rate) - bit - bit;
    const t = this.table[this.index]!;
    this.table[this.index] = t + ((target - t) >> this.rate);
  }

  begin(): void {
    this.saved = this.table.slice();
  }

  restore(): void {
    if (this.saved) this.table.set(this.saved);
    this.saved = undefined;
  }
}
