import { CounterTable } from './counters.ts';
import { mix } from './hash.ts';
import { MatchModel } from './match-model.ts';
import { Apm, Mixer } from './mixer.ts';
import { CONTEXT_COUNT, TextState } from './text-state.ts';

const TABLE_BITS = 19;
const COUNT_LIMIT = 30;
/** Inputs of the mixer: the context models, the match model, a bias. */
const INPUTS = CONTEXT_COUNT + 2;

/**
 * The byte model: context models over the text and its YAML layout, a match model, a mixer and
 * two refining maps, predicting one bit at a time. Primed on a dictionary, then reused link after link (`begin`, `restore`).
 * Part of the link format: any change to what it predicts changes how links decode.
 */
export class Predictor {
  private readonly tables = Array.from(
    { length: CONTEXT_COUNT },
    () => new CounterTable(TABLE_BITS, COUNT_LIMIT),
  );
  private match = new MatchModel();
  private readonly mixer = new Mixer(INPUTS, 256 * 4, 0.000005);
  private readonly apmByPartial = new Apm(256, 7);
  private readonly apmByOrder1 = new Apm(65536, 7);
  text = new TextState(1 << 16);
  private contexts: Int32Array = new Int32Array(CONTEXT_COUNT);
  /** The bits of the current byte so far, after a leading 1. */
  private partial = 1;
  private bitIndex = 0;
  private saved:
    | {
        match: MatchModel;
        text: TextState;
        contexts: Int32Array;
        partial: number;
        bitIndex: number;
      }
    | undefined;

  constructor() {
    this.text.contexts(this.contexts);
  }

  /**
   * Starts a session whose changes `restore` undoes: the primed model codes link after link without
   * a copy of its tables (megabytes) per link. The counter tables journal what they change; the
   * small parts are copied.
   */
  begin(): void {
    for (const table of this.tables) table.begin();
    this.mixer.begin();
    this.apmByPartial.begin();
    this.apmByOrder1.begin();
    this.saved = {
      match: this.match.clone(),
      text: this.text.clone(0),
      contexts: this.contexts.slice(),
      partial: this.partial,
      bitIndex: this.bitIndex,
    };
  }

  /** Puts the model back as it was at `begin`. */
  restore(): void {
    const saved = this.saved;
    if (!saved) return;
    for (const table of this.tables) table.restore();
    this.mixer.restore();
    this.apmByPartial.restore();
    this.apmByOrder1.restore();
    ({ match: this.match, text: this.text, contexts: this.contexts } = saved);
    this.partial = saved.partial;
    this.bitIndex = saved.bitIndex;
    this.saved = undefined;
  }

  /** Begins a new string (see `TextState.stream`). Only at a byte boundary. */
  startStream(stream: number): void {
    this.text.startStream(stream);
    this.text.contexts(this.contexts);
  }

  /** P(next bit = 1) in 12 bits, within [1, 4095]. */
  predict(): number {
    const partial = this.partial;
    const mixer = this.mixer;
    if (this.bitIndex === 0 || this.bitIndex === 4) {
      for (let i = 0; i < CONTEXT_COUNT; i++)
        this.tables[i]!.select(mix(this.contexts[i]!, partial));
    }
    const low = this.bitIndex - 4;
    const nibble = low < 0 ? partial : (1 << low) | (partial & ((1 << low) - 1));
    for (let i = 0; i < CONTEXT_COUNT; i++) mixer.add(this.tables[i]!.predict(nibble));
    mixer.add(this.match.predict(partial, this.bitIndex));
    mixer.add(256);
    const length = this.match.length;
    const bucket = length === 0 ? 0 : length < 16 ? 1 : length < 32 ? 2 : 3;
    const p = mixer.mix(bucket * 256 + partial);
    const a = this.apmByPartial.refine(p, partial);
    const b = this.apmByOrder1.refine(p, partial | ((this.text.last4 & 0xff) << 8));
    const refined = (p * 2 + a + b * 5) >> 3;
    return refined < 1 ? 1 : refined > 4095 ? 4095 : refined;
  }

  update(bit: number): void {
    for (let i = 0; i < CONTEXT_COUNT; i++) this.tables[i]!.update(bit);
    this.match.update(bit);
    this.mixer.update(bit);
    this.apmByPartial.update(bit);
    this.apmByOrder1.update(bit);
    this.partial = (this.partial << 1) | bit;
    if (++this.bitIndex < 8) return;
    const byte = this.partial & 0xff;
    this.partial = 1;
    this.bitIndex = 0;
    this.text.update(byte);
    this.match.updateByte(this.text.history);
    this.text.contexts(this.contexts);
  }

  /** Learns `bytes` without coding them (priming on the dictionary). */
  learn(bytes: Uint8Array): void {
    for (const byte of bytes) {
      for (let i = 7; i >= 0; i--) {
        this.predict();
        this.update((byte >> i) & 1);
      }
    }
  }
}
