import type { Analyzers } from './analyze';

/** The analyses that run on every transcript, in the extension and in `analyze`. Features register here. */
export const analyzers: Analyzers = {};
