/** Shared by the schema tests: validate inline YAML and summarise the findings. */
import { createDesign } from '../../design/design.ts';
import {
  DEFAULT_GATEWAY_API_TARGET,
  parseGatewayApiTarget,
  type GatewayApiTarget,
} from '../../schemas/gateway-api/target.ts';
import { validateDesignSchema, type SchemaDiagnostic } from './validate.ts';

/** A target from its text, for tests: `target('v1.6-experimental')`. */
export function target(text: string): GatewayApiTarget {
  const parsed = parseGatewayApiTarget(text);
  if (!parsed) throw new Error(`not a Gateway API target: ${text}`);
  return parsed;
}

/** The experimental channel of the newest release. */
export const EXPERIMENTAL = target('v1.6-experimental');

/** Strips the common indentation of a template literal, so fixtures read as written. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(
    ...text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.match(/^ */)![0].length),
  );
  return text
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n');
}

/** Schema diagnostics of a fixture; throws if the fixture itself does not parse cleanly. */
export function diagnose(
  text: string,
  gatewayApi: GatewayApiTarget = DEFAULT_GATEWAY_API_TARGET,
): SchemaDiagnostic[] {
  const design = createDesign([{ name: 'test.yaml', text }]);
  const broken = design.diagnostics.filter((d) => d.severity === 'error');
  if (broken.length > 0 || design.resources.length === 0) {
    throw new Error(`fixture does not parse: ${broken.map((d) => d.message).join('; ')}\n${text}`);
  }
  return validateDesignSchema(design, gatewayApi);
}

/** `code rule@path` for each finding, e.g. `cel-rule listener-name-unique@spec.listeners[1].name`. */
export function issues(
  text: string,
  gatewayApi: GatewayApiTarget = DEFAULT_GATEWAY_API_TARGET,
): string[] {
  return diagnose(text, gatewayApi).map((d) => `${d.code}${d.rule ? ` ${d.rule}` : ''}@${d.path}`);
}
