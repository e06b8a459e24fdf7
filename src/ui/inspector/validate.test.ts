import { describe, expect, it } from 'vitest';
import {
  checkGatewayDuration,
  checkHeaderName,
  checkIstioDuration,
  checkPercentDecimal,
  checkQueryParamName,
  checkDnsLabel,
  checkDnsSubdomain,
  checkHostname,
  checkPort,
  checkWeight,
  splitList,
} from './validate.ts';

describe('inspector validation', () => {
  it('accepts DNS-1123 names and explains bad ones', () => {
    expect(checkDnsLabel('team-a')).toBeUndefined();
    expect(checkDnsLabel('Team')).toMatch(/lowercase/);
    expect(checkDnsLabel('-a')).toMatch(/starting and ending/);
    expect(checkDnsLabel('a'.repeat(64))).toMatch(/63/);
    expect(checkDnsLabel('')).toBe('Required.');
    expect(checkDnsSubdomain('api.v2')).toBeUndefined();
    expect(checkDnsSubdomain('api..v2')).toBeDefined();
  });

  it('checks hostnames with wildcards, not IPs', () => {
    expect(checkHostname('*.example.com')).toBeUndefined();
    expect(checkHostname('shop.example.com')).toBeUndefined();
    expect(checkHostname('10.0.0.1')).toMatch(/IP/);
    expect(checkHostname('a_b.com')).toMatch(/not a valid/);
  });

  it('bounds ports and weights', () => {
    expect(checkPort('443')).toBeUndefined();
    expect(checkPort('0')).toMatch(/between 1 and 65,535/);
    expect(checkPort('80a')).toMatch(/whole number/);
    expect(checkWeight('0')).toBeUndefined();
    expect(checkWeight('1000000')).toBeUndefined();
    expect(checkWeight('1000001')).toMatch(/1,000,000/);
    expect(checkWeight('-1')).toMatch(/whole number/);
  });

  it('splits lists on commas and spaces', () => {
    expect(splitList(' a.com, b.com  c.com,')).toEqual(['a.com', 'b.com', 'c.com']);
  });

  it('checks header names, query names, durations and percentages', () => {
    expect(checkHeaderName('x-canary')).toBeUndefined();
    expect(checkHeaderName('x canary')).toMatch(/no spaces/);
    expect(checkHeaderName('')).toBe('Required.');
    expect(checkQueryParamName('v')).toBeUndefined();
    expect(checkQueryParamName('a=b')).toBeDefined();
    expect(checkGatewayDuration('1m30s')).toBeUndefined();
    expect(checkGatewayDuration('1.5s')).toMatch(/whole numbers/);
    expect(checkIstioDuration('0.5s')).toBeUndefined();
    expect(checkIstioDuration('5')).toBeDefined();
    expect(checkPercentDecimal('12.5')).toBeUndefined();
    expect(checkPercentDecimal('101')).toMatch(/at most 100/);
  });
});
