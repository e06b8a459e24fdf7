import type { ComponentType, ReactNode } from 'react';
import { FlowPanel } from '../flow/FlowPanel.tsx';
import { ProblemsCount, ProblemsPanel } from '../problems/ProblemsPanel.tsx';
import { SimulatePanel } from '../simulate/SimulatePanel.tsx';
import { TestsPanel, TestsSummary } from '../routing-tests/TestsPanel.tsx';

/** What a panel of the bottom dock gets: the tab strip for its bar, and whether it is open. */
export interface DockPanelProps {
  tabs: ReactNode;
  open: boolean;
}

/** One tab of the bottom dock. */
export interface DockPanel {
  id: string;
  title: string;
  /** Shown after the title in the tab (a count, a pass/fail summary). */
  Badge?: ComponentType;
  /** Renders a `.dock-bar` holding `tabs` and its own controls, then its content while open. */
  Panel: ComponentType<DockPanelProps>;
}

/** The dock's panels, in tab order. */
export const DOCK_PANELS: readonly DockPanel[] = [
  { id: 'problems', title: 'Problems', Badge: ProblemsCount, Panel: ProblemsPanel },
  { id: 'simulate', title: 'Simulate', Panel: SimulatePanel },
  { id: 'tests', title: 'Tests', Badge: TestsSummary, Panel: TestsPanel },
  { id: 'flow', title: 'Flow', Panel: FlowPanel },
];
