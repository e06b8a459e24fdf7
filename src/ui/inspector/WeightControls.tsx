import { useRef, useState, type ReactNode } from 'react';
import {
  controlWeights,
  moveShare,
  rollout,
  splitEvenly,
  type Redistribution,
} from '../../core/traffic/redistribute.ts';
import { formatShare, type Split, type TrafficFamily } from '../../core/traffic/split.ts';
import { Icon } from '../icons/Icon.tsx';
import { useDesignStoreApi } from '../state/store-context.tsx';
import type { SectionProps } from './section-props.ts';
import './weight-controls.css';

/** A rule with weighted backends, as the controls need it. */
export interface WeightedRule {
  family: TrafficFamily;
  key: string;
  /** Index of the rule (Gateway API) or of the route in its `section` (Istio). */
  rule: number;
  section?: 'http' | 'tcp' | 'tls';
  split: Split;
  /** What each backend is called (for the sliders' names). */
  names: readonly string[];
}

export interface WeightControls {
  /** Backend `j`'s lock and share slider; nothing for a rule with one backend. */
  slider(j: number): ReactNode;
  /** "Split evenly", and the rollout slider of a two-way split. */
  tools: ReactNode;
}

const percentOf = (share: number | undefined) => Math.round((share ?? 0) * 100);

/**
 * Traffic-shifting controls in the style of Kiali's wizard: a share slider per backend (moving one
 * redistributes the rest over the unlocked ones, `moveShare`), a lock per backend, "Split evenly"
 * and, for two backends, a rollout slider from the first (old) to the second (new). A drag is one
 * gesture, so one undo step, and every step of it starts from the weights the drag started from:
 * passing through a share the user's scale cannot write does not lose that scale for good. A key
 * press (arrows, Page Up/Down, Home/End) is a step of its own.
 */
export function useWeightControls(rule: WeightedRule, run: SectionProps['run']): WeightControls {
  const store = useDesignStoreApi();
  const count = rule.split.weights.length;
  // Locks are per rule and per backend position; they reset when backends come or go.
  const [locks, setLocks] = useState<{ count: number; locked: readonly boolean[] }>({
    count,
    locked: [],
  });
  const locked = locks.count === count ? locks.locked : [];
  const dragStart = useRef<number[] | undefined>(undefined);

  const from = () => dragStart.current ?? controlWeights(rule.family, rule.split.weights);
  const write = ({ weights }: Redistribution) => {
    if (weights.every((w, i) => w === rule.split.weights[i])) return;
    run({
      type: 'setBackendWeights',
      key: rule.key,
      rule: rule.rule,
      ...(rule.section ? { section: rule.section } : {}),
      weights,
    });
  };
  const startDrag = () => {
    if (dragStart.current) return;
    dragStart.current = from();
    store.getState().beginGesture();
    const end = () => {
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      dragStart.current = undefined;
      store.getState().endGesture();
    };
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
  };
  const toggleLock = (j: number) => {
    const next = Array.from({ length: count }, (_, i) => Boolean(locked[i]));
    next[j] = !next[j];
    setLocks({ count, locked: next });
  };

  const slider = (j: number) => {
    if (count < 2) return null;
    const name = rule.names[j] ?? `backend ${j + 1}`;
    const isLocked = Boolean(locked[j]);
    const othersLocked = rule.split.weights.every((_, i) => i === j || locked[i]);
    return (
      <div className="rs-weight">
        <button
          type="button"
          className="rs-weight__lock"
          aria-pressed={isLocked}
          aria-label={`${isLocked ? 'Unlock' : 'Lock'} the share of ${name}`}
          title={isLocked ? 'Locked: keeps its share while others move' : 'Lock this share'}
          onClick={() => toggleLock(j)}
          data-testid="route.weight-lock"
        >
          <Icon name={isLocked ? 'lock' : 'unlock'} />
        </button>
        <input
          type="range"
          min={0}
          max={100}
          step={1}
          value={percentOf(rule.split.shares[j])}
          disabled={isLocked || othersLocked}
          aria-label={`Share of ${name}`}
          aria-valuetext={formatShare(rule.split.shares[j] ?? 0)}
          title={othersLocked && !isLocked ? 'Every other backend is locked' : undefined}
          onPointerDown={startDrag}
          onChange={(e) => write(moveShare(from(), j, Number(e.target.value) / 100, locked))}
          data-testid="route.weight-slider"
        />
      </div>
    );
  };

  const rolloutLocked = Boolean(locked[0] || locked[1]);
  const tools =
    count < 2 ? null : (
      <div className="rs-weight-tools">
        <button
          type="button"
          onClick={() => write(splitEvenly(from(), locked))}
          data-testid="route.split-evenly"
        >
          Split evenly
        </button>
        {count === 2 && (
          <label className="rs-weight-tools__rollout">
            <span>
              Rollout to <strong>{rule.names[1]}</strong>
            </span>
            <input
              type="range"
              min={0}
              max={100}
              step={1}
              value={percentOf(rule.split.shares[1])}
              disabled={rolloutLocked}
              aria-valuetext={`${formatShare(rule.split.shares[1] ?? 0)} moved to ${rule.names[1]}`}
              onPointerDown={startDrag}
              onChange={(e) => write(rollout(from(), 0, 1, Number(e.target.value) / 100))}
              data-testid="route.rollout"
            />
          </label>
        )}
      </div>
    );
  return { slider, tools };
}
