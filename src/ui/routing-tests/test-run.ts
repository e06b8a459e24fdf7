/** The design's routing tests as the Tests panel and its tab read them. */
import type { Design } from '../../core/design/design.ts';
import {
  isRoutingTests,
  runRoutingTests,
  type Coverage,
  type TestRun,
} from '../../core/routing-tests/index.ts';
import type { CanvasHighlight } from '../../store/index.ts';

/**
 * The run of the design's tests (the core caches it per design object, so every view asking for
 * the same design shares one run); undefined when the design has no routing tests, so a design
 * without any costs no coverage pass over its routes.
 */
export function testRunOf(design: Design): TestRun | undefined {
  return design.resources.some(isRoutingTests) ? runRoutingTests(design) : undefined;
}

/** The rules some test exercises and the rules none does, for the canvas. */
export function coverageHighlight(coverage: Coverage): CanvasHighlight {
  const tested = new Set<string>();
  for (const item of coverage.items) if (item.tests.length > 0) tested.add(item.node);
  const untested = new Set<string>();
  for (const item of coverage.items) if (!tested.has(item.node)) untested.add(item.node);
  return { type: 'coverage', tested, untested };
}

/** `75%`, `33.3%`: coverage at one decimal at most. */
export function formatPercent(percent: number): string {
  return `${Math.round(percent * 10) / 10}%`;
}
