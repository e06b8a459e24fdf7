/** The guarded value readers live in core (the diagram renders the same text); the inspector reads them from here. */
export * from '../../core/diagram/read-value.ts';
