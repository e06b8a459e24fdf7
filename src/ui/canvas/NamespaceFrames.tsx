import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import type { NamespaceFrame } from '../../core/layout/frames.ts';
import type { DesignState } from '../../store/index.ts';
import { Icon } from '../icons/Icon.tsx';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import { namespaceHue } from '../../core/diagram/namespace-color.ts';

const selectView = (s: ReactFlowState) => {
  const [x, y, zoom] = s.transform;
  return { x, y, zoom, width: s.width, height: s.height };
};
const selectSelection = (s: DesignState) => s.selection;

/**
 * The namespace frames, drawn in flow coordinates behind the nodes (only those in view). A
 * frame's label names the namespace; when the design has the Namespace object, a click on the
 * label selects it (the inspector and the YAML pane follow).
 */
export const NamespaceFrames = memo(function NamespaceFrames({
  frames,
}: {
  frames: readonly NamespaceFrame[];
}) {
  const view = useStore(
    selectView,
    (a, b) =>
      a.x === b.x &&
      a.y === b.y &&
      a.zoom === b.zoom &&
      a.width === b.width &&
      a.height === b.height,
  );
  const selection = useDesign(selectSelection);
  const store = useDesignStoreApi();
  const left = -view.x / view.zoom;
  const top = -view.y / view.zoom;
  const right = left + view.width / view.zoom;
  const bottom = top + view.height / view.zoom;
  const visible = frames.filter(
    (f) => f.x < right && f.x + f.width > left && f.y < bottom && f.y + f.height > top,
  );
  return (
    <ViewportPortal>
      <div className="rs-frames">
        {visible.map((frame) => {
          const style = {
            transform: `translate(${frame.x}px, ${frame.y}px)`,
            width: frame.width,
            height: frame.height,
            '--ns-hue': namespaceHue(frame.namespace),
          } as CSSProperties;
          const key = `${frame.namespace}:${frame.members[0]}`;
          const object = frame.object?.startsWith('missing:') ? undefined : frame.object;
          return (
            <div key={key} className="rs-frame" style={style} data-testid="canvas.frame">
              {object ? (
                <button
                  type="button"
                  className={`rs-frame__label${selection.includes(object) ? ' is-selected' : ''}`}
                  title={`Namespace ${frame.namespace}: select it`}
                  data-testid={`canvas.frame-label.${frame.namespace}`}
                  onClick={() => store.getState().select([object])}
                >
                  <span>{frame.namespace}</span>
                  <Icon name="namespace" size={12} />
                </button>
              ) : (
                <div
                  className="rs-frame__label"
                  title={`Namespace ${frame.namespace}`}
                  data-testid={`canvas.frame-label.${frame.namespace}`}
                >
                  <span>{frame.namespace}</span>
                </div>
              )}
            </div>
          );
        })}
      </div>
    </ViewportPortal>
  );
});
