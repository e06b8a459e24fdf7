import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { layoutSankey } from '../../core/diagram/flow-sankey.ts';
import { hostFlows } from '../../core/simulate/flows.ts';
import { servedHosts } from '../../core/simulate/served-hosts.ts';
import type { DesignState } from '../../store/index.ts';
import type { DockPanelProps } from '../dock/dock-panels.tsx';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import { FlowSankey } from './FlowSankey.tsx';
import './flow.css';

const selectDesign = (s: DesignState) => s.design;

/** The host shown when no route or listener names one (they then take any host alike). */
const ANY_HOST = 'example.com';

/** The width of an element, following it as it resizes. */
function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry!.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** The height the picture gets inside the dock (the dock is taller for this tab). */
const PICTURE_HEIGHT = 300;

/**
 * Where a host's requests go: pick a host the design serves (or type any) and a path prefix,
 * and see the share of its traffic that reaches each Service (and Istio subset) through the
 * entry points, routes, rules, weights and mirrors, as a Sankey picture that follows every edit.
 */
export function FlowPanel({ tabs, open }: DockPanelProps) {
  const store = useDesignStoreApi();
  const design = useDesign(selectDesign);
  const hosts = servedHosts(design);
  const [chosen, setChosen] = useState<string | undefined>();
  const [prefix, setPrefix] = useState('/');
  const host = (chosen ?? hosts[0] ?? ANY_HOST).trim();
  const path = prefix.startsWith('/') ? prefix : `/${prefix}`;
  const [box, width] = useWidth();
  const listId = useId();

  const flows = useMemo(
    () => (open && host ? hostFlows(design, host, path) : undefined),
    [open, design, host, path],
  );
  const layout = useMemo(
    () => (flows && width > 0 ? layoutSankey(flows, width, PICTURE_HEIGHT) : undefined),
    [flows, width],
  );
  const pick = (graphNode: string) => {
    const state = store.getState();
    if (state.graph.nodeById.has(graphNode)) state.select([graphNode]);
  };

  return (
    <section className="dock flow" data-testid="flow.panel" aria-label="Traffic flow">
      <div className="dock-bar">
        {tabs}
        <label className="flow-field">
          Host
          <input
            value={chosen ?? host}
            list={listId}
            placeholder="shop.example.com"
            spellCheck={false}
            onChange={(e) => setChosen(e.target.value)}
            data-testid="flow.host"
          />
          <datalist id={listId}>
            {hosts.map((h) => (
              <option key={h} value={h} />
            ))}
          </datalist>
        </label>
        <label className="flow-field">
          Path prefix
          <input
            value={prefix}
            spellCheck={false}
            onChange={(e) => setPrefix(e.target.value)}
            data-testid="flow.prefix"
          />
        </label>
      </div>
      {open && (
        <div className="flow-body" ref={box}>
          {!host ? (
            <p className="flow-empty">Type a host above.</p>
          ) : !layout ? null : layout.nodes.length === 0 ? (
            <p className="flow-empty" data-testid="flow.empty">
              No listener, Istio Gateway server or mesh route serves {host}
              {path === '/' ? '' : path}.
            </p>
          ) : (
            <>
              <FlowSankey layout={layout} onPick={pick} />
              <p className="flow-legend">
                Widths and percentages: share of the requests for {host}
                {path === '/' ? '' : path}. Dashed: mirrored copies. Pale: requests only some
                clients send (a header, query or method a rule needs), one unit each.
                {hosts.length === 0 && ' No route or listener names a host: any host goes alike.'}
                {layout.entries > 1 &&
                  ` ${layout.entries} entry points serve this host; each carries an equal part.`}
              </p>
            </>
          )}
        </div>
      )}
    </section>
  );
}
