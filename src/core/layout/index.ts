export { layoutGraph, type NodeBox, type Size } from './layout.ts';
export { countCrossings } from './crossings.ts';
export * from './geometry.ts';
