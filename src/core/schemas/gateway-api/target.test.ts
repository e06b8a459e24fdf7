import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GATEWAY_API_TARGET,
  formatGatewayApiTarget,
  gatewayApiTargetOf,
  GATEWAY_API_TARGETS,
  isAvailable,
  parseGatewayApiTarget,
} from './target.ts';

describe('Gateway API targets', () => {
  it('reads and writes the setting text', () => {
    expect(parseGatewayApiTarget('v1.6-experimental')).toEqual({
      version: 'v1.6',
      channel: 'experimental',
    });
    expect(parseGatewayApiTarget('1.5')).toEqual({ version: 'v1.5', channel: 'standard' });
    expect(parseGatewayApiTarget('v1.4.1-Standard')).toEqual({
      version: 'v1.4',
      channel: 'standard',
    });
    for (const bad of ['v1.3', 'v2.0', 'latest', 'v1.6-beta', ''])
      expect(parseGatewayApiTarget(bad)).toBeUndefined();
    for (const t of GATEWAY_API_TARGETS)
      expect(parseGatewayApiTarget(formatGatewayApiTarget(t))).toEqual(t);
    expect(gatewayApiTargetOf(undefined)).toBe(DEFAULT_GATEWAY_API_TARGET);
    expect(gatewayApiTargetOf('nonsense')).toBe(DEFAULT_GATEWAY_API_TARGET);
    expect(formatGatewayApiTarget(DEFAULT_GATEWAY_API_TARGET)).toBe('v1.6-standard');
  });

  it('says where something exists', () => {
    const cors = { standard: 'v1.5', experimental: 'v1.4' } as const;
    expect(isAvailable(cors, { version: 'v1.4', channel: 'standard' })).toBe(false);
    expect(isAvailable(cors, { version: 'v1.4', channel: 'experimental' })).toBe(true);
    expect(isAvailable(cors, { version: 'v1.6', channel: 'standard' })).toBe(true);
    const removed = { experimental: 'v1.4', removedIn: 'v1.6' } as const;
    expect(isAvailable(removed, { version: 'v1.5', channel: 'experimental' })).toBe(true);
    expect(isAvailable(removed, { version: 'v1.6', channel: 'experimental' })).toBe(false);
    expect(isAvailable(undefined, { version: 'v1.4', channel: 'standard' })).toBe(true);
  });
});
