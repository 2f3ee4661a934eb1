/** Analyses the batches of documents the main thread sends (see analyse-in-threads.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import {
	createAnalysers,
	type ReferenceData,
	type SourceDocument
} from '../../src/lib/analysis/analyse-corpus';
import { analyseBatch, failureOf, transferables } from './analyse-batch';

const analysers = createAnalysers((workerData as { reference: ReferenceData }).reference);

parentPort?.on(
	'message',
	({ batch, documents }: { batch: number; documents: SourceDocument[] }) => {
		let result;
		try {
			result = analyseBatch(documents, analysers);
		} catch (error) {
			parentPort?.postMessage({ batch, failure: failureOf(error) });
			return;
		}
		parentPort?.postMessage({ batch, result }, transferables(result));
	}
);
