import type { Diagnostic, Severity } from '../diagnostics.ts';
import { ANALYSIS_CODES } from './codes.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A SARIF 2.1.0 log (the subset this tool writes). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; rules: SarifRule[] } };
    results: SarifResult[];
  }[];
}

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  properties?: { istioCode: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region?: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
    logicalLocations?: { fullyQualifiedName: string; kind: string }[];
  }[];
  properties?: { istioCode?: string; path?: string };
}

function fileUri(file: string): string {
  return encodeURI(file.replace(/\\/g, '/'));
}

/** Turns diagnostics into a SARIF 2.1.0 log, one rule per code, for code-scanning tools. */
export function toSarif(diagnostics: readonly Diagnostic[]): SarifLog {
  const ruleIds = [...new Set(diagnostics.map((d) => d.code))].sort();
  const rules: SarifRule[] = ruleIds.map((id) => {
    const info = ANALYSIS_CODES[id];
    const rule: SarifRule = { id, shortDescription: { text: info?.summary ?? id } };
    if (info?.istioCode) rule.properties = { istioCode: info.istioCode };
    return rule;
  });
  const results = diagnostics.map((d): SarifResult => {
    const range = d.range;
    const result: SarifResult = {
      ruleId: d.code,
      ruleIndex: ruleIds.indexOf(d.code),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: fileUri(d.file) },
            ...(range && {
              region: {
                startLine: range.start.line,
                startColumn: range.start.column,
                endLine: range.end.line,
                endColumn: range.end.column,
              },
            }),
          },
          ...(d.resource && {
            logicalLocations: [
              {
                fullyQualifiedName: `${d.resource.kind} ${d.resource.namespace ? `${d.resource.namespace}/` : ''}${d.resource.name}${d.path ? ` ${d.path}` : ''}`,
                kind: 'resource',
              },
            ],
          }),
        },
      ],
    };
    if (d.istioCode || d.path) {
      result.properties = {
        ...(d.istioCode && { istioCode: d.istioCode }),
        ...(d.path && { path: d.path }),
      };
    }
    return result;
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'route-studio', rules },
        },
        results,
      },
    ],
  };
}
