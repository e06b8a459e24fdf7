import type { HighlightMark } from './useCanvasHighlight.ts';

const TEXT: Partial<Record<NonNullable<HighlightMark>, string>> = {
  tested: 'tested',
  untested: 'untested',
};
const TITLE: Partial<Record<NonNullable<HighlightMark>, string>> = {
  tested: 'A routing test exercises this rule',
  untested: 'No routing test exercises this rule',
};

/** A rule row's coverage while the Tests panel is open; nothing otherwise. */
export function CoverageTag({ mark }: { mark: HighlightMark }) {
  const text = mark && TEXT[mark];
  if (!text) return null;
  return (
    <span
      className={`rs-coverage rs-coverage--${mark}`}
      title={TITLE[mark!]}
      data-testid="canvas.coverage"
      data-coverage={mark}
    >
      {text}
    </span>
  );
}
