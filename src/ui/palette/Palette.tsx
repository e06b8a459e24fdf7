import type { DragEvent } from 'react';
import { useAddResource } from './useAddResource.ts';
import { PALETTE, PALETTE_MIME, type PaletteItem } from './palette-items.ts';
import './palette.css';

function onDragStart(event: DragEvent, item: PaletteItem) {
  event.dataTransfer.setData(
    PALETTE_MIME,
    JSON.stringify({ apiVersion: item.apiVersion, kind: item.kind }),
  );
  event.dataTransfer.effectAllowed = 'copy';
}

/**
 * Kinds to drag onto the canvas (dropped where the pointer is). A click (or Enter) adds the kind
 * in the middle of the view, for keyboard users.
 */
export function Palette() {
  const addResource = useAddResource();
  return (
    <nav className="palette" aria-label="Palette" data-testid="palette">
      {PALETTE.map((section) => (
        <section key={section.title} className="palette__section">
          <h2 className="palette__title">{section.title}</h2>
          <ul className="palette__items">
            {section.items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="palette__item"
                  draggable
                  onDragStart={(event) => onDragStart(event, item)}
                  onClick={() => addResource(item, undefined)}
                  data-testid={`palette.item.${item.id}`}
                  title={`Drag onto the canvas to add a ${item.label} (${item.apiVersion})`}
                >
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
