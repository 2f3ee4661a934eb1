/**
 * Runs one analysis in a fresh worker and ends it when the result is in: a worker holds the
 * reader and its text (megabytes for a long text), so none is kept between runs, and `cancel`
 * (a new run, leaving the page) stops a run at once, mid-analysis included.
 */
import type { Progress, StatementResult } from './analyse-statement';
import type { WorkerReply, WorkerRequest } from './worker-messages';
// Vite bundles the worker and gives its address: one address both to warm and to start.
import WORKER_URL from './analyse.worker.ts?worker&url';

export interface RunCallbacks {
	progress(progress: Progress): void;
	done(result: StatementResult): void;
	refused(message: string): void;
}

/**
 * Fetches the worker's script into the HTTP cache (it is cached for a year) without running
 * it: called when the reader starts on the form, so Analyse works offline from then on.
 */
export function warmWorker(): void {
	void fetch(WORKER_URL).catch(() => {});
}

export function runInWorker(request: WorkerRequest, on: RunCallbacks): () => void {
	const worker = new Worker(WORKER_URL, { type: 'module' });
	const stop = () => worker.terminate();
	worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
		if (data.kind === 'progress') return on.progress(data.progress);
		stop();
		if (data.kind === 'done') on.done(data.result);
		else on.refused(data.message);
	};
	// The worker could not start or threw outside its handler (out of memory on a huge text).
	worker.onerror = (event) => {
		event.preventDefault();
		stop();
		on.refused(`The analysis stopped: ${event.message || 'the worker failed'}`);
	};
	const transfer = typeof request.input === 'string' ? [] : [request.input.buffer as ArrayBuffer];
	worker.postMessage(request, transfer);
	return stop;
}
