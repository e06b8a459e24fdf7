import { describe, expect, it } from 'vitest';
import { gatewayMirrorFraction, istioMirrorFraction, istioMirrorPolicyFraction } from './mirror.ts';
import { formatShare, gatewayApiSplit, istioSplit } from './split.ts';

describe('Gateway API weights', () => {
  it('are relative, default to 1, and 0 means no traffic', () => {
    expect(gatewayApiSplit([3, undefined]).shares).toEqual([0.75, 0.25]);
    expect(gatewayApiSplit([0, 5]).shares).toEqual([0, 1]);
    expect(gatewayApiSplit([200, 300]).shares).toEqual([0.4, 0.6]);
  });

  it('send nothing when every weight is 0 or there is no backend', () => {
    expect(gatewayApiSplit([0, 0])).toMatchObject({ shares: [0, 0], noTraffic: 'all-zero' });
    expect(gatewayApiSplit([0]).noTraffic).toBe('all-zero');
    expect(gatewayApiSplit([]).noTraffic).toBe('no-backends');
  });
});

describe('Istio weights', () => {
  it('give a single destination everything, whatever its weight', () => {
    expect(istioSplit([0]).shares).toEqual([1]);
    expect(istioSplit([undefined]).shares).toEqual([1]);
  });

  it('count an unset weight as 0 beside other destinations', () => {
    expect(istioSplit([90, undefined]).shares).toEqual([1, 0]);
    expect(istioSplit([60, 30]).shares).toEqual([60 / 90, 30 / 90]);
    expect(istioSplit([undefined, undefined]).noTraffic).toBe('all-zero');
  });
});

describe('mirror fractions', () => {
  it('read Gateway API percent and fraction, 100 % by default', () => {
    expect(gatewayMirrorFraction({})).toBe(1);
    expect(gatewayMirrorFraction({ percent: 30 })).toBe(0.3);
    expect(gatewayMirrorFraction({ fraction: { numerator: 1, denominator: 3 } })).toBeCloseTo(
      1 / 3,
    );
  });

  it('read Istio mirrorPercentage, the deprecated mirrorPercent and mirrors[].percentage', () => {
    expect(istioMirrorFraction({ mirror: {} })).toBe(1);
    expect(istioMirrorFraction({ mirrorPercentage: { value: 0.5 } })).toBe(0.005);
    expect(istioMirrorFraction({ mirrorPercentage: { value: 0 } })).toBe(0);
    expect(istioMirrorFraction({ mirrorPercent: 40 })).toBe(0.4);
    expect(istioMirrorPolicyFraction({ percentage: { value: 25 } })).toBe(0.25);
    expect(istioMirrorPolicyFraction({})).toBe(1);
  });
});

describe('formatShare', () => {
  it('shows whole percentages plainly and never rounds a share to a misleading 0 or 100', () => {
    expect(formatShare(0.9)).toBe('90%');
    expect(formatShare(1 / 3)).toBe('33.3%');
    expect(formatShare(0.0001)).toBe('<0.1%');
    expect(formatShare(0.99999)).toBe('>99.9%');
    expect(formatShare(0)).toBe('0%');
  });
});
