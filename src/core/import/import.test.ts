import { describe, expect, it } from 'vitest';
import { createDesign } from '../design/design.ts';
import { yaml } from '../testing/source.ts';
import { checkSizes, IMPORT_LIMITS } from './limits.ts';
import { isClean, planImport } from './plan.ts';
import { resolveCollisions } from './resolve.ts';

const SERVICE = yaml`
  apiVersion: v1
  kind: Service
  metadata:
    name: cart
  spec:
    ports:
    - port: 8080
`;

const ROUTE = yaml`
  # the shop's routes
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata:
    name: shop
  spec:
    rules:
    - backendRefs:
      - name: cart
        port: 8080
`;

describe('import size limits', () => {
  it('refuses, before reading, a file over the limit and whatever passes the total or the count', () => {
    const big = IMPORT_LIMITS.fileBytes + 1;
    const verdict = checkSizes([
      { name: 'huge.yaml', size: 50 * 1024 * 1024 },
      { name: 'a.yaml', size: 100 },
      { name: 'b.yaml', size: big },
    ]);
    expect(verdict.accepted.map((f) => f.name)).toEqual(['a.yaml']);
    expect(verdict.refused.map((f) => f.name)).toEqual(['huge.yaml', 'b.yaml']);
    expect(verdict.refused[0]!.message).toMatch(/50\.0 MiB is over the 5\.0 MiB a file may have/);
  });

  it('stops at the total size and at the number of files', () => {
    const each = IMPORT_LIMITS.fileBytes;
    const many = Array.from({ length: 5 }, (_, i) => ({ name: `${i}.yaml`, size: each }));
    expect(checkSizes(many).accepted).toHaveLength(Math.floor(IMPORT_LIMITS.totalBytes / each));
    const count = Array.from({ length: IMPORT_LIMITS.files + 3 }, (_, i) => ({
      name: `${i}`,
      size: 1,
    }));
    expect(checkSizes(count).refused).toHaveLength(3);
  });

  it('takes a design file up to its own, larger limit', () => {
    const size = IMPORT_LIMITS.fileBytes * 2;
    expect(checkSizes([{ name: 'd.routestudio.json', size }]).accepted).toHaveLength(1);
    expect(checkSizes([{ name: 'd.json', size }]).accepted).toHaveLength(0);
  });
});

describe('planImport', () => {
  it('leaves out a file with a syntax error, naming file and line, and keeps the rest', () => {
    const design = createDesign([{ name: 'design.yaml', text: '' }]);
    const plan = planImport(design, [
      { name: 'good.yaml', text: SERVICE },
      { name: 'bad.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: [oops\n' },
    ]);
    expect(plan.files.map((f) => f.name)).toEqual(['good.yaml']);
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]).toMatchObject({
      file: 'bad.yaml',
      line: expect.any(Number) as number,
    });
    expect(isClean(plan)).toBe(true);
  });

  it('lists colliding file names and resources, telling identical ones apart', () => {
    const design = createDesign([{ name: 'routes.yaml', text: `${ROUTE}---\n${SERVICE}` }]);
    const plan = planImport(design, [
      { name: 'routes.yaml', text: ROUTE.replace('port: 8080', 'port: 9090') },
      { name: 'services.yaml', text: SERVICE },
    ]);
    expect(plan.fileCollisions).toEqual(['routes.yaml']);
    expect(plan.resourceCollisions.map((c) => [c.label, c.identical])).toEqual([
      ['HTTPRoute default/shop', false],
      ['Service default/cart', true],
    ]);
  });
});

describe('resolveCollisions', () => {
  it('renames files and differing resources, leaves identical ones out, and keeps the other bytes', () => {
    const design = createDesign([{ name: 'routes.yaml', text: `${ROUTE}---\n${SERVICE}` }]);
    const changed = ROUTE.replace('port: 8080', 'port: 9090');
    const plan = planImport(design, [
      { name: 'routes.yaml', text: changed },
      { name: 'services.yaml', text: SERVICE },
      { name: 'extra.yaml', text: SERVICE.replace('cart', 'catalog') },
    ]);
    const resolution = resolveCollisions(design, plan);
    expect(resolution.files.map((f) => f.name)).toEqual(['routes-2.yaml', 'extra.yaml']);
    expect(resolution.files[0]!.text).toBe(changed.replace('name: shop', 'name: shop-2'));
    expect(resolution.files[1]!.text).toBe(SERVICE.replace('cart', 'catalog'));
    expect(resolution.renamed).toEqual([
      'routes.yaml → routes-2.yaml',
      'HTTPRoute default/shop → shop-2',
    ]);
    expect(resolution.leftOut).toEqual(['Service default/cart (the design has it in routes.yaml)']);
  });

  it("updates the incoming files' references to a renamed resource", () => {
    const design = createDesign([{ name: 'a.yaml', text: SERVICE.replace('8080', '80') }]);
    const plan = planImport(design, [{ name: 'b.yaml', text: `${ROUTE}---\n${SERVICE}` }]);
    const [file] = resolveCollisions(design, plan).files;
    expect(file!.text).toContain('- name: cart-2\n      port: 8080');
    expect(file!.text).toContain('metadata:\n  name: cart-2');
  });
});
