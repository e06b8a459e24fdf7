import type { StoreApi } from 'zustand/vanilla';
import { expect } from 'vitest';
import { connectionCommand, isCommand } from '../../core/commands/connect.ts';
import { planDelete, type DeletePlan } from '../../core/commands/plan-delete.ts';
import type { Command, YamlValue } from '../../core/commands/types.ts';
import { findFile, type SourceFile } from '../../core/design/design.ts';
import { GATEWAY_GROUP, ISTIO_GROUP, kindInfo } from '../../core/model/kinds.ts';
import { documentOfFiles } from '../../core/document/create.ts';
import { createDesignStore } from '../index.ts';
import type { DesignState, NodePosition } from '../types.ts';

function apiVersionOf(kind: string): { apiVersion: string; group: string } {
  if (kind === 'ReferenceGrant')
    return { apiVersion: `${GATEWAY_GROUP}/v1beta1`, group: GATEWAY_GROUP };
  if (kindInfo(GATEWAY_GROUP, kind))
    return { apiVersion: `${GATEWAY_GROUP}/v1`, group: GATEWAY_GROUP };
  if (kindInfo(ISTIO_GROUP, kind)) return { apiVersion: `${ISTIO_GROUP}/v1`, group: ISTIO_GROUP };
  return { apiVersion: 'v1', group: '' };
}

/**
 * A headless designer for UI-logic tests: it drives the store with the same commands the canvas
 * and the YAML pane issue, with fluent helpers and `expect…` checks, without rendering React.
 *
 * @example
 * new TestDesigner()
 *   .add('Gateway', 'web')
 *   .add('HTTPRoute', 'shop')
 *   .connect(TestDesigner.key('HTTPRoute', 'shop'), TestDesigner.key('Gateway', 'web'))
 *   .undo()
 *   .expectNoEdge(TestDesigner.key('HTTPRoute', 'shop'), TestDesigner.key('Gateway', 'web'));
 */
export class TestDesigner {
  readonly store: StoreApi<DesignState>;
  readonly file: string;
  private time = 1_000_000;

  constructor(files: readonly SourceFile[] | string = '') {
    const sources = typeof files === 'string' ? [{ name: 'design.yaml', text: files }] : files;
    this.file = sources[0]?.name ?? 'design.yaml';
    this.store = createDesignStore({ document: documentOfFiles(sources), now: () => this.time });
  }

  /** The resource key the design gives `kind name` (namespace `default` unless given). */
  static key(kind: string, name: string, namespace = 'default'): string {
    const { group } = apiVersionOf(kind);
    const namespaced = kindInfo(group, kind)?.namespaced ?? true;
    return `${group}/${kind}/${namespaced ? namespace : ''}/${name}`;
  }

  get state(): DesignState {
    return this.store.getState();
  }

  text(file = this.file): string {
    return findFile(this.state.design, file)?.text ?? '';
  }

  /** Advances the fake clock (typing closer than 500 ms coalesces into one undo step). */
  wait(ms: number): this {
    this.time += ms;
    return this;
  }

  dispatch(command: Command): this {
    const result = this.state.dispatch(command, 'canvas');
    expect(result.diagnostics, `${command.type} reported problems`).toEqual([]);
    return this;
  }

  add(
    kind: string,
    name: string,
    options: { namespace?: string; body?: { readonly [key: string]: YamlValue } } = {},
  ): this {
    return this.dispatch({
      type: 'addResource',
      file: this.file,
      apiVersion: apiVersionOf(kind).apiVersion,
      kind,
      name,
      ...options,
    });
  }

  remove(key: string): this {
    return this.dispatch({ type: 'removeResource', key });
  }

  /**
   * What drawing a connection between two graph nodes on the canvas does (the core's connection
   * rules). `rule` starts from that rule of a route; `port` overrides the backend port.
   */
  connect(from: string, to: string, options: { rule?: number; port?: number } = {}): this {
    const start = options.rule === undefined ? from : `${from}#rule/${options.rule}`;
    const result = connectionCommand(this.state.design, this.state.graph, start, to);
    if (!isCommand(result)) throw new Error(`connect ${start} -> ${to}: ${result.reason}`);
    if (result.type === 'addBackend' && options.port !== undefined)
      return this.dispatch({ ...result, backend: { ...result.backend, port: options.port } });
    return this.dispatch(result);
  }

  /** What pressing Delete would do with these nodes and edges selected (nothing is run). */
  planDelete(nodeIds: readonly string[], edgeIds: readonly string[] = []): DeletePlan {
    return planDelete(this.state.design, this.state.graph, nodeIds, edgeIds);
  }

  /** Deletes nodes and edges as Delete does after any confirmation: one undo step. */
  delete(nodeIds: readonly string[], edgeIds: readonly string[] = []): this {
    const { commands } = this.planDelete(nodeIds, edgeIds);
    return this.gesture(() => {
      for (const command of commands) this.dispatch(command);
    });
  }

  setWeight(route: string, rule: number, backend: number, weight: number): this {
    return this.dispatch({ type: 'setBackendWeight', key: route, rule, backend, weight });
  }

  /** Replaces the file's text as typing in the YAML pane does (origin `'yaml'`). */
  type(text: string, file = this.file): this {
    this.state.setFileText(file, text, 'yaml');
    return this;
  }

  /** Types `insert` right after the first occurrence of `after` in the file. */
  typeAfter(after: string, insert: string, file = this.file): this {
    const text = this.text(file);
    const at = text.indexOf(after);
    if (at === -1) throw new Error(`"${after}" is not in ${file}`);
    const end = at + after.length;
    return this.type(text.slice(0, end) + insert + text.slice(end), file);
  }

  /** Replaces the first occurrence of `search` in the file, as one keystroke burst. */
  replace(search: string, replacement: string, file = this.file): this {
    const text = this.text(file);
    if (!text.includes(search)) throw new Error(`"${search}" is not in ${file}`);
    return this.type(text.replace(search, replacement), file);
  }

  select(...ids: string[]): this {
    this.state.select(ids);
    return this;
  }

  /** A drag: one gesture through every intermediate position. */
  drag(id: string, path: readonly NodePosition[]): this {
    return this.gesture(() => {
      for (const position of path) this.state.moveNodes({ [id]: position });
    });
  }

  /** Runs `body` as one gesture (one undo step). */
  gesture(body: (designer: this) => void): this {
    this.state.beginGesture();
    body(this);
    this.state.endGesture();
    return this;
  }

  beginGesture(): this {
    this.state.beginGesture();
    return this;
  }

  endGesture(): this {
    this.state.endGesture();
    return this;
  }

  bail(): this {
    this.state.bail();
    return this;
  }

  undo(times = 1): this {
    for (let i = 0; i < times; i++) this.state.undo();
    return this;
  }

  redo(times = 1): this {
    for (let i = 0; i < times; i++) this.state.redo();
    return this;
  }

  expectText(expected: string, file = this.file): this {
    expect(this.text(file)).toBe(expected);
    return this;
  }

  expectResources(...keys: string[]): this {
    expect(this.state.design.resources.map((r) => r.key)).toEqual(keys);
    return this;
  }

  expectNode(id: string, present = true): this {
    expect(this.state.graph.nodeById.has(id), `node ${id}`).toBe(present);
    return this;
  }

  expectEdge(from: string, to: string, present = true): this {
    const found = this.state.graph.edges.some((e) => e.from === from && e.to === to);
    expect(found, `edge ${from} -> ${to}`).toBe(present);
    return this;
  }

  expectNoEdge(from: string, to: string): this {
    return this.expectEdge(from, to, false);
  }

  expectHistory(canUndo: boolean, canRedo: boolean): this {
    expect({ canUndo: this.state.canUndo, canRedo: this.state.canRedo }).toEqual({
      canUndo,
      canRedo,
    });
    return this;
  }
}
