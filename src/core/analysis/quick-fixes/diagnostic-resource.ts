import type { Design } from '../../design/design.ts';
import { resourceAt } from '../../design/locate.ts';
import type { Diagnostic } from '../../diagnostics.ts';
import type { Resource } from '../../model/resource.ts';

function isAbout(resource: Resource, about: NonNullable<Diagnostic['resource']>): boolean {
  return (
    resource.kind === about.kind &&
    resource.name === about.name &&
    (about.namespace === undefined || resource.namespace === about.namespace)
  );
}

/**
 * The resource a diagnostic is about. The diagnostic names kind, namespace and name but not the
 * API group (Gateway API and Istio both have a `Gateway`), so the resource written where the
 * diagnostic points decides; without a range, the first resource of that name in its file.
 */
export function diagnosticResource(design: Design, diagnostic: Diagnostic): Resource | undefined {
  const about = diagnostic.resource;
  const offset = diagnostic.range?.start.offset;
  const written = offset === undefined ? undefined : resourceAt(design, diagnostic.file, offset);
  if (written && (!about || isAbout(written, about))) return written;
  if (!about) return undefined;
  return (
    design.resources.find((r) => r.file === diagnostic.file && isAbout(r, about)) ??
    design.resources.find((r) => isAbout(r, about))
  );
}
