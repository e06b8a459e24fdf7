import { describe, expect, it } from 'vitest';
import { buildRequest, describeRequest, parseRequestLine } from './request.ts';

describe('requests', () => {
  it('parses METHOD URL with headers, keeping header names as written', () => {
    const request = parseRequestLine('post https://Shop.Example.com:8443/a/b?x=1&x=2&y', [
      'X-Team: blue',
      'x-team: red',
    ]);
    if ('error' in request) throw new Error(request.error);
    expect(request).toMatchObject({
      method: 'POST',
      scheme: 'https',
      host: 'shop.example.com',
      port: 8443,
      portExplicit: true,
      path: '/a/b',
      rawQuery: 'x=1&x=2&y',
      sni: 'shop.example.com',
    });
    expect(request.query.get('x')).toBe('1');
    expect(request.headers.get('x-team')).toBe('blue,red');
    expect(request.headerList[0]).toEqual(['X-Team', 'blue']);
    expect(describeRequest(request)).toBe('POST https://shop.example.com:8443/a/b?x=1&x=2&y');
  });

  it('defaults the method to GET and the port by scheme; a Host header sets the authority', () => {
    const request = parseRequestLine('http://a/', ['Host: b.example.com:81']);
    if ('error' in request) throw new Error(request.error);
    expect(request).toMatchObject({
      method: 'GET',
      port: 80,
      host: 'b.example.com',
      authority: 'b.example.com:81',
    });
  });

  it('takes TLS, TCP and UDP with method - and a port, and gRPC URLs', () => {
    expect(parseRequestLine('- tls://db.example.com:443')).toMatchObject({
      scheme: 'tls',
      sni: 'db.example.com',
      method: '-',
    });
    expect(parseRequestLine('- tcp://db:5432')).toMatchObject({ scheme: 'tcp', port: 5432 });
    expect(parseRequestLine('grpc://api/pkg.Svc/Get')).toMatchObject({
      grpc: true,
      method: 'POST',
      scheme: 'http',
    });
  });

  it('says what is wrong with a bad request', () => {
    expect(parseRequestLine('GET shop.example.com/')).toMatchObject({
      error: expect.stringMatching(/is not a URL/),
    });
    expect(parseRequestLine('- tcp://db')).toMatchObject({
      error: expect.stringMatching(/needs a port/),
    });
    expect(parseRequestLine('GET tcp://db:1')).toMatchObject({
      error: expect.stringMatching(/take method '-'/),
    });
    expect(parseRequestLine('- http://a/')).toMatchObject({
      error: expect.stringMatching(/needs a method/),
    });
    expect(parseRequestLine('GET ftp://a/')).toMatchObject({
      error: expect.stringMatching(/Unknown scheme/),
    });
    expect(buildRequest({ url: 'http://a/', headers: ['nocolon'] })).toMatchObject({
      error: expect.stringMatching(/not 'Name: value'/),
    });
  });
});
