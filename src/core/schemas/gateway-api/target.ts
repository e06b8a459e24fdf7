/**
 * The Gateway API release and channel a design targets. The CRDs differ between releases and
 * between the standard and experimental channels of one release: fields, kinds, served versions
 * and CEL rules. Schema nodes and rules say where they exist with an {@link Availability}.
 */

/** The releases Route Studio validates against, oldest first. */
export const GATEWAY_API_VERSIONS = ['v1.4', 'v1.5', 'v1.6'] as const;
export type GatewayApiVersion = (typeof GATEWAY_API_VERSIONS)[number];

export const GATEWAY_API_CHANNELS = ['standard', 'experimental'] as const;
export type GatewayApiChannel = (typeof GATEWAY_API_CHANNELS)[number];

/** A release and channel, e.g. v1.6 standard (`v1.6-standard` as text). */
export interface GatewayApiTarget {
  version: GatewayApiVersion;
  channel: GatewayApiChannel;
}

/** The newest release's standard channel: what a design targets unless it says otherwise. */
export const DEFAULT_GATEWAY_API_TARGET: GatewayApiTarget = {
  version: 'v1.6',
  channel: 'standard',
};

/** Every release and channel, newest first (the picker's choices). */
export const GATEWAY_API_TARGETS: readonly GatewayApiTarget[] = [...GATEWAY_API_VERSIONS]
  .reverse()
  .flatMap((version) => GATEWAY_API_CHANNELS.map((channel) => ({ version, channel })));

const TARGET_TEXT = /^v?1\.(\d+)(?:\.\d+)?(?:-(standard|experimental))?$/i;

/**
 * Reads `v1.6-experimental`, `v1.5-standard`, `1.6`, `v1.6.1-experimental` (the patch is ignored;
 * no channel means standard). Undefined for anything else, including releases not known here.
 */
export function parseGatewayApiTarget(text: string): GatewayApiTarget | undefined {
  const match = TARGET_TEXT.exec(text.trim());
  if (!match) return undefined;
  const version = `v1.${match[1]}`;
  if (!(GATEWAY_API_VERSIONS as readonly string[]).includes(version)) return undefined;
  const channel = (match[2]?.toLowerCase() ?? 'standard') as GatewayApiChannel;
  return { version: version as GatewayApiVersion, channel };
}

/** The target as text: `v1.6-standard` (the form `DesignDocument.settings.gatewayApi` holds). */
export function formatGatewayApiTarget(target: GatewayApiTarget): string {
  return `${target.version}-${target.channel}`;
}

/** The target a design's settings name; the default when they name none or one not known. */
export function gatewayApiTargetOf(setting: string | undefined): GatewayApiTarget {
  return (
    (setting === undefined ? undefined : parseGatewayApiTarget(setting)) ??
    DEFAULT_GATEWAY_API_TARGET
  );
}

/** `v1.6 standard`, for messages. */
export function describeTarget(target: GatewayApiTarget): string {
  return `Gateway API ${target.version} ${target.channel}`;
}

/**
 * Where a field, rule, kind version or enum value exists: the first release of each channel that
 * has it (a channel left out never has it), and the release that removed it, if any. Absent
 * availability means every release of both channels.
 */
export interface Availability {
  standard?: GatewayApiVersion;
  experimental?: GatewayApiVersion;
  removedIn?: GatewayApiVersion;
}

const order = (version: GatewayApiVersion) => GATEWAY_API_VERSIONS.indexOf(version);

/** Whether something of this availability exists in the target's CRDs. */
export function isAvailable(
  availability: Availability | undefined,
  target: GatewayApiTarget,
): boolean {
  if (!availability) return true;
  const since = availability[target.channel];
  if (since === undefined || order(target.version) < order(since)) return false;
  return (
    availability.removedIn === undefined || order(target.version) < order(availability.removedIn)
  );
}

/** Why something is not in the target: where it is instead. */
export function whereAvailable(availability: Availability): string {
  const { standard, experimental, removedIn } = availability;
  const parts: string[] = [];
  if (standard !== undefined) parts.push(`standard channel from ${standard}`);
  if (experimental !== undefined && experimental !== standard)
    parts.push(`experimental channel from ${experimental}`);
  else if (experimental !== undefined) parts.push('experimental channel');
  const where = parts.length > 0 ? `it is in the ${parts.join(' and the ')}` : 'no release has it';
  return removedIn === undefined ? where : `${where}, until ${removedIn} removed it`;
}

/** Only in the experimental channel, of every release. */
export const EXPERIMENTAL_ONLY: Availability = { experimental: 'v1.4' };

/** Only in the standard channel, of every release (rules the experimental channel replaced). */
export const STANDARD_ONLY: Availability = { standard: 'v1.4' };

/** In both channels from `version` on. */
export const since = (version: GatewayApiVersion): Availability => ({
  standard: version,
  experimental: version,
});
