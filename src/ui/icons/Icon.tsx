import './icon.css';
import { ICONS, type IconName } from '../../core/diagram/icons.ts';

/**
 * A line icon from the core's set (the SVG diagram draws the same paths), sized to the text
 * around it and coloured with `currentColor`: no glyph depends on an emoji font.
 */
export function Icon({
  name,
  size = 14,
  title,
}: {
  name: IconName;
  size?: number;
  title?: string;
}) {
  return (
    <svg
      className="rs-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      role={title ? 'img' : undefined}
      aria-label={title}
      aria-hidden={title ? undefined : true}
    >
      {title && <title>{title}</title>}
      <path d={ICONS[name]} />
    </svg>
  );
}
