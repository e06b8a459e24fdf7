/**
 * A binary arithmetic coder whose output digits are in base `radix` (the share alphabet's size)
 * rather than bytes, so no bits are lost converting between bases. It is carry-less (after lpaq1):
 * a digit is written once the low and high ends of the interval agree on it. All arithmetic is
 * on integers below 2^53, exact in every engine.
 */

/** Probabilities are 12-bit: P(bit = 1) = p / 4096 with p in [1, 4095]. */
const PROBABILITY_BITS = 4096;

/** The interval's width in digits: radix^6 * 4096 must stay below 2^53 (radix <= 90). */
const DIGITS = 6;

function split(low: number, high: number, p: number): number {
  return low + Math.floor(((high - low) * p) / PROBABILITY_BITS);
}

/** Writes bits into a string of base-`radix` digits (as numbers). */
export class DigitEncoder {
  private low = 0;
  private high: number;
  private readonly top: number;
  readonly digits: number[] = [];

  constructor(private readonly radix: number) {
    this.top = radix ** (DIGITS - 1);
    this.high = radix ** DIGITS - 1;
  }

  /** Codes `bit` with P(1) = p / 4096. */
  encode(bit: number, p: number): void {
    const mid = split(this.low, this.high, p);
    if (bit) this.high = mid;
    else this.low = mid + 1;
    this.normalize();
  }

  private normalize(): void {
    const { top, radix } = this;
    while (Math.floor(this.low / top) === Math.floor(this.high / top)) {
      this.digits.push(Math.floor(this.high / top));
      this.low = (this.low % top) * radix;
      this.high = (this.high % top) * radix + radix - 1;
    }
  }

  /** Ends the stream with the fewest digits that still decode every bit (the decoder pads with 0). */
  finish(): number[] {
    this.digits.push(...flushDigits(this.low, this.high, this.radix));
    return this.digits;
  }
}

/** The shortest prefix of `high`'s digits whose zero-padded value is still >= low. */
function flushDigits(low: number, high: number, radix: number): number[] {
  const out: number[] = [];
  let scale = radix ** DIGITS;
  let value = 0;
  while (value < low) {
    scale /= radix;
    const digit = Math.floor(high / scale) % radix;
    out.push(digit);
    value += digit * scale;
  }
  return out;
}

/**
 * Reads the bits back. It follows the encoder's interval exactly, so when the stream is decoded it
 * knows how many digits the encoder wrote (`expectedLength`, `endsAsEncoded`).
 */
export class DigitDecoder {
  private low = 0;
  private high: number;
  private x = 0;
  private position = 0;
  private written = 0;
  private readonly top: number;

  constructor(
    private readonly input: readonly number[],
    private readonly radix: number,
  ) {
    this.top = radix ** (DIGITS - 1);
    this.high = radix ** DIGITS - 1;
    for (let i = 0; i < DIGITS; i++) this.x = this.x * radix + this.next();
  }

  private next(): number {
    return this.position < this.input.length ? this.input[this.position++]! : (this.position++, 0);
  }

  /** Digits read past the end of the input so far (beyond the lookahead every stream needs). */
  get overrun(): number {
    return Math.max(0, this.position - DIGITS - this.input.length);
  }

  decode(p: number): number {
    const mid = split(this.low, this.high, p);
    const bit = this.x <= mid ? 1 : 0;
    if (bit) this.high = mid;
    else this.low = mid + 1;
    const { top, radix } = this;
    while (Math.floor(this.low / top) === Math.floor(this.high / top)) {
      this.written++;
      this.low = (this.low % top) * radix;
      this.high = (this.high % top) * radix + radix - 1;
      this.x = (this.x % top) * radix + this.next();
    }
    return bit;
  }

  /**
   * Whether the input is exactly what the encoder wrote for the bits decoded so far: no digit
   * missing, none extra, and the final digits the ones the encoder's flush writes (another value
   * in the interval would decode alike, so an altered last digit is caught here).
   */
  endsAsEncoded(): boolean {
    const tail = flushDigits(this.low, this.high, this.radix);
    if (this.written + tail.length !== this.input.length) return false;
    return tail.every((digit, i) => this.input[this.written + i] === digit);
  }

  /** How many digits the encoder wrote for the bits decoded so far, once it finished the stream. */
  expectedLength(): number {
    return this.written + flushDigits(this.low, this.high, this.radix).length;
  }
}
