import { useCallback, useState, type ComponentType } from 'react';
import { connectionCommand, isCommand } from '../../core/commands/connect.ts';
import type { Command } from '../../core/commands/types.ts';
import {
  CORE_GROUP,
  GATEWAY_GROUP,
  GATEWAY_ROUTE_KINDS,
  ISTIO_GROUP,
} from '../../core/model/kinds.ts';
import type { DesignState } from '../../store/index.ts';
import { resourceOfNode } from '../state/selection-target.ts';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import { GatewayClassSection } from './GatewayClassSection.tsx';
import { GatewaySection } from './GatewaySection.tsx';
import { IstioGatewaySection } from './IstioGatewaySection.tsx';
import { IdentitySection } from './IdentitySection.tsx';
import { FocusedPartContext } from './PartCard.tsx';
import { DestinationRuleSection } from './DestinationRuleSection.tsx';
import { RouteSection } from './RouteSection.tsx';
import type { SectionProps } from './section-props.ts';
import { ServiceSection } from './ServiceSection.tsx';
import { VirtualServiceSection } from './VirtualServiceSection.tsx';
import './inspector.css';

const SECTIONS = new Map<string, ComponentType<SectionProps>>([
  [`${GATEWAY_GROUP}/GatewayClass`, GatewayClassSection],
  [`${GATEWAY_GROUP}/Gateway`, GatewaySection],
  [`${GATEWAY_GROUP}/ListenerSet`, GatewaySection],
  ...GATEWAY_ROUTE_KINDS.map((kind) => [`${GATEWAY_GROUP}/${kind}`, RouteSection] as const),
  [`${ISTIO_GROUP}/Gateway`, IstioGatewaySection],
  [`${ISTIO_GROUP}/VirtualService`, VirtualServiceSection],
  [`${ISTIO_GROUP}/DestinationRule`, DestinationRuleSection],
  [`${CORE_GROUP}/Service`, ServiceSection],
]);

/** Parts with a card of their own in the inspector. */
const PART_TYPES = new Set(['listener', 'rule', 'server', 'http-route', 'subset']);

const selectTarget = (s: DesignState) => {
  const id = s.selection[0];
  const node = id === undefined ? undefined : s.graph.nodeById.get(id);
  return {
    resource: id === undefined ? undefined : resourceOfNode(s.design, s.graph, id),
    missing: node?.type === 'missing' ? node : undefined,
    part: node && PART_TYPES.has(node.type) ? node.id : undefined,
    count: s.selection.length,
  };
};

/**
 * Edits the selected object through commands (each commit is one undo step): name and
 * namespace, then what its kind has (class and listeners, hostnames, parents, rules and weights,
 * Istio servers, routes and subsets, Service ports and selector). Inputs are checked before
 * anything is dispatched; pickers connect as the canvas' connection rules do.
 */
export function Inspector() {
  const store = useDesignStoreApi();
  const { resource, missing, part, count } = useDesign(selectTarget);
  const [message, setMessage] = useState<string | undefined>();
  const run = useCallback(
    (commands: Command | readonly Command[]) => {
      const state = store.getState();
      const list = Array.isArray(commands) ? commands : [commands as Command];
      const messages: string[] = [];
      let refusal: string | undefined;
      state.beginGesture();
      try {
        for (const command of list) {
          const result = state.dispatch(command, 'canvas');
          messages.push(...result.diagnostics.map((d) => d.message));
          const errors = result.diagnostics.filter((d) => d.severity === 'error');
          if (errors.length > 0) {
            refusal = errors.map((d) => d.message).join(' ');
            break;
          }
        }
      } finally {
        // Later commands build on earlier ones: a gesture that failed halfway is taken back.
        if (refusal !== undefined && list.length > 1) state.bail();
        else state.endGesture();
      }
      setMessage(messages.join(' ') || undefined);
      return refusal;
    },
    [store],
  );
  const connect = useCallback(
    (from: string, to: string) => {
      const { design, graph } = store.getState();
      const result = connectionCommand(design, graph, from, to);
      if (isCommand(result)) run(result);
      else setMessage(result.reason);
    },
    [store, run],
  );

  if (!resource) {
    return (
      <aside className="rs-inspector" aria-label="Inspector" data-testid="inspector">
        <p className="rs-inspector__hint">
          {missing
            ? `${missing.kind} ${missing.name} is referenced but not in the design.`
            : 'Select a node to edit it.'}
        </p>
      </aside>
    );
  }
  const Section = SECTIONS.get(`${resource.group}/${resource.kind}`);
  return (
    <aside className="rs-inspector" aria-label="Inspector" data-testid="inspector">
      <h2 className="rs-inspector__title">
        {resource.kind} <span>{resource.name}</span>
        {count > 1 && <small> (+{count - 1} selected)</small>}
      </h2>
      {message && (
        <p className="rs-inspector__message" role="status" data-testid="inspector.message">
          {message}
        </p>
      )}
      <IdentitySection key={`id:${resource.key}`} resource={resource} run={run} connect={connect} />
      <FocusedPartContext value={part}>
        {Section && <Section key={resource.key} resource={resource} run={run} connect={connect} />}
      </FocusedPartContext>
    </aside>
  );
}
