/** Every byte the model has seen (the dictionary, then the design), growing as needed. */
export class History {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity: number, from?: History) {
    this.bytes = new Uint8Array(capacity);
    if (from) {
      this.bytes.set(from.bytes.subarray(0, from.length));
      this.length = from.length;
    }
  }

  clone(spare: number): History {
    return new History(this.length + spare, this);
  }

  push(byte: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = byte;
  }

  /** The byte `back` places before the end (1 = the last one), or 0 before the start. */
  at(back: number): number {
    return back <= this.length ? this.bytes[this.length - back]! : 0;
  }
}
