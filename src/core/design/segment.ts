import type { Document } from 'yaml';
import { extractResources } from '../model/extract.ts';
import type { Resource } from '../model/resource.ts';
import { parseSegment, type SegmentDiagnostic } from '../yaml/parse-segment.ts';

/** One `---` block of a file: its exact text, its parsed documents and their resources. */
export interface Segment {
  /** Unique within the design's lifetime; a re-parsed segment gets a new id. */
  id: number;
  text: string;
  docs: readonly Document.Parsed[];
  resources: readonly Resource[];
  diagnostics: readonly SegmentDiagnostic[];
}

let nextSegmentId = 1;

export function buildSegment(text: string, file: string, defaultNamespace: string): Segment {
  const id = nextSegmentId++;
  const { docs, diagnostics } = parseSegment(text);
  const resources: Resource[] = [];
  const all = [...diagnostics];
  docs.forEach((doc, docIndex) => {
    // A document with syntax errors has no trustworthy value; its diagnostics say why it is skipped.
    if (doc.errors.length > 0) return;
    const extracted = extractResources(doc, docIndex, { file, segmentId: id, defaultNamespace });
    resources.push(...extracted.resources);
    all.push(...extracted.diagnostics);
  });
  return { id, text, docs, resources, diagnostics: all };
}
