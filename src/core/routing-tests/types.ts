/** Routing tests: requests kept in a design with the outcome each must have. */
import type { FieldPath } from '../diagnostics.ts';
import type { Resource } from '../model/resource.ts';
import type { SimOutcome } from '../simulate/answer.ts';
import type { SimEntry } from '../simulate/entry.ts';
import type { RequestSpec } from '../simulate/request.ts';

export const ROUTING_TESTS_KIND = 'RoutingTests';

export interface ExpectedBackend {
  name?: string;
  /** Unset: a backend of that name in any namespace. */
  namespace?: string;
  kind?: string;
  subset?: string;
  /** Percentage of the matching requests (compared to 0.005 percentage points). */
  share: number;
  /** Requests to this backend get this status instead (500 for an unresolved backend). */
  status?: number;
}

export interface ExpectedMirror {
  name: string;
  namespace?: string;
  subset?: string;
  percent?: number;
}

/** What must happen to the request; unset fields are not checked. */
export interface Expectation {
  outcome?: SimOutcome;
  statusCode?: number;
  backends?: ExpectedBackend[];
  redirect?: string;
  host?: string;
  path?: string;
  headers?: Record<string, string>;
  responseHeaders?: Record<string, string>;
  mirrors?: ExpectedMirror[];
  route?: { kind?: string; namespace?: string; name?: string; rule?: number };
}

/** One test of a RoutingTests document, parsed. `entry` and `request` are set when valid. */
export interface RoutingTest {
  resource: Resource;
  index: number;
  path: FieldPath;
  name: string;
  entry?: SimEntry;
  request?: RequestSpec;
  expect: Expectation;
  /** What is wrong with the test as written (it is not run). */
  problems: string[];
}
