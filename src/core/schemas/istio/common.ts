/** Istio value types shared by Gateway, VirtualService and DestinationRule. */
import { int, list, map, num, obj, oneOf, str, type ObjectSchema, type Rule } from '../dsl.ts';

/** protobuf durations (`5s`, `1.5s`, `100ms`), checked to be at least 1ms like the CRD's CEL. */
export const ISTIO_DURATION_PATTERN = '^([0-9]+(\\.[0-9]+)?(h|m|s|ms|us|µs|ns))+$';

const atLeastOneMs: Rule = {
  id: 'istio-duration-min',
  message: 'must be a valid duration greater than 1ms',
  // A malformed duration is reported by the pattern already.
  check: (d: string) => !new RegExp(ISTIO_DURATION_PATTERN).test(d) || istioDurationMillis(d) >= 1,
};

export function istioDurationMillis(text: string): number {
  const unit: Record<string, number> = {
    h: 3.6e6,
    m: 6e4,
    s: 1e3,
    ms: 1,
    us: 1e-3,
    µs: 1e-3,
    ns: 1e-6,
  };
  let total = 0;
  for (const [, amount, u] of text.matchAll(/([0-9.]+)(ms|us|µs|ns|h|m|s)/g)) {
    total += Number(amount) * unit[u!]!;
  }
  return total;
}

export const istioDuration = (description: string, minOneMs = true) =>
  str({
    description,
    pattern: ISTIO_DURATION_PATTERN,
    format: 'istio-duration',
    rules: minOneMs ? [atLeastOneMs] : [],
  });

export const uint32 = (description: string) =>
  int({ description, minimum: 0, maximum: 4294967295 });

/** Exact, prefix or regex match on a string. */
export const stringMatch = (description: string): ObjectSchema =>
  obj(
    {
      exact: str({ description: 'Matches this exact value.' }),
      prefix: str({ description: 'Matches values starting with this.' }),
      regex: str({ description: 'Matches values against this RE2 regular expression.' }),
    },
    { title: 'StringMatch', description, rules: [oneOf(['exact', 'prefix', 'regex'])] },
  );

export const percent = (description: string) =>
  obj(
    { value: num({ description: 'Percentage, 0.0 to 100.0.', minimum: 0, maximum: 100 }) },
    { title: 'Percent', description },
  );

export const portSelector = obj(
  { number: uint32('Port number.') },
  { title: 'PortSelector', description: 'A port of the destination.' },
);

/** A service in the registry: host (short or FQDN), subset and port. */
export const destination = obj(
  {
    host: str({ description: 'Service host from the registry (short name or FQDN).' }),
    subset: str({ description: 'Subset defined in a DestinationRule for the host.' }),
    port: portSelector,
  },
  { title: 'Destination', description: 'Where traffic is sent.', required: ['host'] },
);

const headerOps = (direction: string) =>
  obj(
    {
      set: map(str(), { description: `${direction} headers to overwrite.` }),
      add: map(str(), { description: `${direction} headers to append.` }),
      remove: list(str(), { description: `${direction} headers to remove.` }),
    },
    { title: 'HeaderOperations' },
  );

export const headers = obj(
  { request: headerOps('Request'), response: headerOps('Response') },
  { title: 'Headers', description: 'Header changes on requests and responses.' },
);

export const exportTo = list(str(), {
  description: 'Namespaces that see this config: `.` for own, `*` for all (the default).',
});

export const tlsProtocolVersion = (description: string) =>
  str({ description, enum: ['TLS_AUTO', 'TLSV1_0', 'TLSV1_1', 'TLSV1_2', 'TLSV1_3'] });
