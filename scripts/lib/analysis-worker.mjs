// A worker thread for analyse-in-threads.ts: the TypeScript loader is not inherited by workers,
// so this plain module registers it and then loads the worker's code.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker.ts');
