import type { SimAnswer } from '../core/simulate/answer.ts';

/** The contract fields, in its order; the answer's other fields follow them. */
const CONTRACT_ORDER = [
  'outcome',
  'statusCode',
  'listener',
  'route',
  'explanation',
  'backends',
  'backendRequest',
  'redirect',
  'responseHeaders',
  'mirrors',
] as const;

/**
 * `simulate --json`: the answer with the contract's fields first (outcome, statusCode, listener,
 * route, explanation, backends, backendRequest, redirect, responseHeaders, mirrors), then the
 * rest (reason, runnerUp, body, highlight). Unset fields are left out.
 */
export function simulateJson(answer: SimAnswer): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const key of CONTRACT_ORDER) json[key] = answer[key];
  for (const [key, value] of Object.entries(answer)) json[key] ??= value;
  for (const key of Object.keys(json)) if (json[key] === undefined) delete json[key];
  return json;
}
