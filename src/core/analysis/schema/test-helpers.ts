/** Shared by the schema tests: validate inline YAML and summarise the findings. */
import { createDesign } from '../../design/design.ts';
import { validateDesignSchema, type SchemaDiagnostic } from './validate.ts';

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
export function diagnose(text: string): SchemaDiagnostic[] {
  const design = createDesign([{ name: 'test.yaml', text }]);
  const broken = design.diagnostics.filter((d) => d.severity === 'error');
  if (broken.length > 0 || design.resources.length === 0) {
    throw new Error(`fixture does not parse: ${broken.map((d) => d.message).join('; ')}\n${text}`);
  }
  return validateDesignSchema(design);
}

/** `code rule@path` for each finding, e.g. `cel-rule listener-name-unique@spec.listeners[1].name`. */
export function issues(text: string): string[] {
  return diagnose(text).map((d) => `${d.code}${d.rule ? ` ${d.rule}` : ''}@${d.path}`);
}
