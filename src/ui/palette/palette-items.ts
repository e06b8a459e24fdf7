import { defaultApiVersion } from '../../core/commands/defaults.ts';
import { CORE_GROUP, GATEWAY_GROUP, ISTIO_GROUP } from '../../core/model/kinds.ts';

/** A kind the palette offers, with what `addResource` needs to create one. */
export interface PaletteItem {
  /** Test id suffix: the kind, or `istio.<Kind>` for Istio kinds. */
  id: string;
  kind: string;
  apiVersion: string;
  label: string;
}

export interface PaletteSection {
  title: string;
  items: readonly PaletteItem[];
}

function items(group: string, kinds: readonly string[], prefix = ''): PaletteItem[] {
  return kinds.map((kind) => ({
    id: `${prefix}${kind}`,
    kind,
    apiVersion: defaultApiVersion(group, kind),
    label: kind,
  }));
}

/** The palette: both routing families and the core objects they refer to. */
export const PALETTE: readonly PaletteSection[] = [
  {
    title: 'Gateway API',
    items: items(GATEWAY_GROUP, [
      'GatewayClass',
      'Gateway',
      'ListenerSet',
      'HTTPRoute',
      'GRPCRoute',
      'TLSRoute',
      'TCPRoute',
      'UDPRoute',
      'ReferenceGrant',
    ]),
  },
  {
    title: 'Istio',
    items: items(ISTIO_GROUP, ['Gateway', 'VirtualService', 'DestinationRule'], 'istio.'),
  },
  { title: 'Core', items: items(CORE_GROUP, ['Service', 'Secret', 'Namespace']) },
];

/** MIME type of a palette drag: the payload is `{ apiVersion, kind }` as JSON. */
export const PALETTE_MIME = 'application/x-route-studio-kind';

/** The kind a palette drag carries, or undefined for any other drag. */
export function readPaletteDrop(
  data: Pick<DataTransfer, 'getData'>,
): { apiVersion: string; kind: string } | undefined {
  const raw = data.getData(PALETTE_MIME);
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as { apiVersion?: unknown; kind?: unknown };
    return typeof value.apiVersion === 'string' && typeof value.kind === 'string'
      ? { apiVersion: value.apiVersion, kind: value.kind }
      : undefined;
  } catch {
    return undefined;
  }
}
