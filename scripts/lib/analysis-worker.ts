/**
 * The analysis of batches as the bundle that runs it (see analyse-in-threads.ts): a worker thread
 * loads it and analyses the batches the main thread sends; the main thread loads the same bundle
 * to analyse the batches no worker has room for.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
	createAnalysers,
	type ReferenceData,
	type SourceDocument
} from '../../src/lib/analysis/analyse-corpus';
import { batchOutcome, transferables, type BatchOutcome } from './analyse-batch';

/** Analyses batches against one reference (its analysers are compiled once). */
export function batchAnalyser(reference: ReferenceData): (batch: SourceDocument[]) => BatchOutcome {
	const analysers = createAnalysers(reference);
	return (documents) => batchOutcome(documents, analysers);
}

if (!isMainThread && parentPort) {
	const port = parentPort;
	const analyse = batchAnalyser((workerData as { reference: ReferenceData }).reference);
	port.on('message', ({ batch, documents }: { batch: number; documents: SourceDocument[] }) => {
		const outcome = analyse(documents);
		if ('result' in outcome) port.postMessage({ batch, ...outcome }, transferables(outcome.result));
		else port.postMessage({ batch, ...outcome });
	});
}
