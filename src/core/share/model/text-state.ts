import { mix, mix3 } from './hash.ts';
import { History } from './history.ts';

const NEWLINE = 10;
const SPACE = 32;
const DASH = 45;
const COLON = 58;
const STACK_SIZE = 64;

function isWordByte(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 128;
}

/** `kind` as the key hash computes it: the hash of a top-level `kind:` key. */
const KIND_KEY = [107, 105, 110, 100].reduce((h, c) => mix(h, c), 0);

/**
 * What the model knows about the text at a byte boundary: the last bytes, the current word, and
 * the YAML layout (indentation, the keys of the enclosing block and of the previous sibling, the
 * document's `kind`). YAML's structure is what makes the next byte predictable: under `path:` comes
 * `type:` or `value:`; after `kind: HTTPRoute`, `parentRefs:`; each line's indentation follows
 * from the line above.
 */
export class TextState {
  readonly history: History;
  /** The last four bytes, newest lowest. */
  last4 = 0;
  /** The four bytes before those. */
  prior4 = 0;
  word = 0;
  previousWord = 0;
  column = 0;
  inIndent = true;
  /** Column where the current line's content starts (after spaces and `- `). */
  keyColumn = 0;
  /** Hash of the line's content so far. */
  line = 0;
  key = 0;
  keyDone = false;
  private value = 0;
  lineStart = 0;
  previousLineStart = 0;
  previousKeyColumn = 0;
  previousEndedBlock = false;
  kind = 0;
  parent = 0;
  grandparent = 0;
  sibling = 0;
  /** Which string is being coded (file name, file text, view data): one vocabulary each. */
  stream = 0;
  private readonly stackColumns: Int32Array;
  private readonly stackKeys: Int32Array;
  private depth = 0;

  constructor(capacity: number, from?: TextState) {
    if (from) Object.assign(this, from);
    this.history = from ? from.history.clone(capacity) : new History(capacity);
    this.stackColumns = from ? from.stackColumns.slice() : new Int32Array(STACK_SIZE);
    this.stackKeys = from ? from.stackKeys.slice() : new Int32Array(STACK_SIZE);
  }

  clone(spare: number): TextState {
    return new TextState(spare, this);
  }

  /** The byte above the next one, in the previous line (0 past its end). */
  get above(): number {
    const at = this.previousLineStart + this.column;
    return at < this.lineStart - 1 ? this.history.bytes[at]! : 0;
  }

  /** Starts a new string (a file name, a text): a new line, a fresh structure. */
  startStream(stream: number): void {
    this.stream = stream;
    this.depth = 0;
    this.kind = 0;
    this.newLine();
  }

  update(c: number): void {
    this.history.push(c);
    this.prior4 = ((this.prior4 << 8) | (this.last4 >>> 24)) >>> 0;
    this.last4 = ((this.last4 << 8) | c) >>> 0;
    if (isWordByte(c)) this.word = mix(this.word, c);
    else if (this.word !== 0) {
      this.previousWord = this.word;
      this.word = 0;
    }
    if (c === NEWLINE) {
      this.endLine();
      return;
    }
    if (this.inIndent && (c === SPACE || c === DASH)) {
      this.column++;
      return;
    }
    if (this.inIndent) this.startContent();
    this.column++;
    this.line = mix(this.line, c);
    if (this.keyDone) this.value = mix(this.value, c);
    else if (c === COLON) this.keyDone = true;
    else this.key = mix(this.key, c);
  }

  private startContent(): void {
    this.inIndent = false;
    this.keyColumn = this.column;
    let i = this.depth - 1;
    while (i >= 0 && this.stackColumns[i]! > this.keyColumn) i--;
    this.sibling = i >= 0 && this.stackColumns[i] === this.keyColumn ? this.stackKeys[i]! : 0;
    if (this.sibling !== 0) i--;
    this.parent = i >= 0 ? this.stackKeys[i]! : 0;
    this.grandparent = i >= 1 ? this.stackKeys[i - 1]! : 0;
  }

  private endLine(): void {
    if (!this.inIndent) {
      while (this.depth > 0 && this.stackColumns[this.depth - 1]! >= this.keyColumn) this.depth--;
      if (this.depth < STACK_SIZE) {
        this.stackColumns[this.depth] = this.keyColumn;
        this.stackKeys[this.depth++] = this.key;
      }
      if (this.keyColumn === 0 && this.key === KIND_KEY) this.kind = this.value;
      this.previousKeyColumn = this.keyColumn;
      this.previousEndedBlock = this.history.at(2) === COLON;
    }
    this.newLine();
  }

  private newLine(): void {
    this.previousLineStart = this.lineStart;
    this.lineStart = this.history.length;
    this.column = 0;
    this.inIndent = true;
    this.line = 0;
    this.key = 0;
    this.keyDone = false;
    this.value = 0;
  }

  /** The hashed contexts of the next byte, one per context model. */
  contexts(out: Int32Array): void {
    const s = this.stream << 24;
    const c1 = this.last4 & 0xff;
    const indentShape = mix3(this.column, this.previousKeyColumn, this.previousEndedBlock ? 1 : 0);
    out[0] = s | c1;
    // The byte contexts are shared by all streams (a file name has the manifests' words); the
    // layout contexts are not.
    out[1] = mix(1, this.last4 & 0xffff);
    out[2] = mix(2, this.last4 & 0xffffff);
    out[3] = mix(3, this.last4);
    out[4] = mix3(4, this.last4, this.prior4 & 0xffff);
    out[5] = mix3(5, this.word, this.previousWord);
    out[6] = this.inIndent
      ? mix3(s | 6, indentShape, this.kind)
      : mix3(s | 7, this.parent, this.line);
    out[7] = this.inIndent
      ? mix3(s | 8, indentShape, this.above)
      : mix3(s | 9, this.sibling, this.line);
    out[8] = mix3(mix(s | 10, this.kind), this.parent, this.inIndent ? this.column : this.line);
    out[9] = mix3(mix(s | 11, this.column), this.above, c1);
    out[10] = mix3(
      mix(s | 12, this.grandparent),
      this.parent,
      this.inIndent ? indentShape : this.line,
    );
  }
}

/** The number of contexts `contexts` writes. */
export const CONTEXT_COUNT = 11;
