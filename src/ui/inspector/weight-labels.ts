import {
  formatShare,
  splitWeights,
  type Split,
  type TrafficFamily,
} from '../../core/traffic/split.ts';
import { asList, asRecord, type Json } from '../canvas/read-value.ts';

/** A rule's backends (`backendRefs` or an Istio `route` list) as the inspector shows them. */
export interface WeightLabels {
  split: Split;
  /** `Weight (90%)` for each backend: its share from the traffic model. */
  labels: string[];
}

export function backendWeightLabels(family: TrafficFamily, backends: Json): WeightLabels {
  const split = splitWeights(
    family,
    asList(backends).map((b) => asRecord(b).weight),
  );
  return { split, labels: split.shares.map((share) => `Weight (${formatShare(share)})`) };
}
