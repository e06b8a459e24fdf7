import { describe, expect, it } from 'vitest';
import type { ParentStatus } from '../../../core/analysis/types.ts';
import { badgeOf, parentHealth } from './edge-status.ts';

const parent = (accepted: string, resolved: string): ParentStatus => ({
  parentRef: { group: 'gateway.networking.k8s.io', kind: 'Gateway', namespace: 'a', name: 'gw' },
  conditions: [
    { type: 'Accepted', status: accepted as 'True', reason: 'R1', message: 'm1' },
    { type: 'ResolvedRefs', status: resolved as 'True', reason: 'R2', message: 'm2' },
  ],
});

describe('parentHealth', () => {
  it('is ok only when both conditions are True, failed when either is False', () => {
    expect(parentHealth(parent('True', 'True')).health).toBe('ok');
    expect(parentHealth(parent('True', 'False')).health).toBe('failed');
    expect(parentHealth(parent('Unknown', 'False')).health).toBe('failed');
    expect(parentHealth(parent('Unknown', 'True')).health).toBe('pending');
  });

  it('lists each condition with its reason and message', () => {
    expect(parentHealth(parent('True', 'False')).title).toBe(
      'Accepted=True (R1): m1\nResolvedRefs=False (R2): m2',
    );
  });
});

describe('badgeOf', () => {
  it('counts errors and warnings, coloured by the worst, and ignores infos', () => {
    expect(badgeOf({ error: 1, warning: 2, info: 5, worst: 'error' })).toEqual({
      count: 3,
      severity: 'error',
      title: '1 error, 2 warnings',
    });
    expect(badgeOf({ error: 0, warning: 1, info: 0, worst: 'warning' })?.severity).toBe('warning');
    expect(badgeOf({ error: 0, warning: 0, info: 3, worst: 'info' })).toBeUndefined();
    expect(badgeOf(undefined)).toBeUndefined();
  });
});
