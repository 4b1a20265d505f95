// The worker thread's entry: Node does not hand tsx's loader to worker threads, so the worker
// registers it itself and then runs the TypeScript worker (the same sources the CLI runs).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
