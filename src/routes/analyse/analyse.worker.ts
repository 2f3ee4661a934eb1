/**
 * The /analyse page's worker: the reader and its reference data load here only, so no page
 * carries them and the page answers clicks while a long text is read. One message in (a name and
 * the pasted text or the file's bytes), progress messages out, then the result or the refusal.
 */
import { InputError } from '$lib/analysis/errors';
import { REFERENCE_FILES, referenceData } from '$lib/contract/reference-data';
import events from '../../../seeds/reference/events.json';
import gazetteer from '../../../seeds/reference/gazetteer.json';
import measures from '../../../seeds/reference/measures.json';
import parties from '../../../seeds/reference/parties.json';
import routeOrigins from '../../../seeds/reference/route-origins.json';
import sectors from '../../../seeds/reference/sectors.json';
import { analyseStatement } from './analyse-statement';
import type { WorkerReply, WorkerRequest } from './worker-messages';

// Checked against the contract as the CLI checks the files, so both read the same data.
const s = REFERENCE_FILES;
const reference = referenceData({
	gazetteer: s.gazetteer.schema.parse(gazetteer),
	routeOrigins: s.routeOrigins.schema.parse(routeOrigins),
	events: s.events.schema.parse(events),
	sectors: s.sectors.schema.parse(sectors),
	parties: s.parties.schema.parse(parties),
	measures: s.measures.schema.parse(measures)
});

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
	self.postMessage(reply, { transfer });

onmessage = ({ data }: MessageEvent<WorkerRequest>) => {
	try {
		const result = analyseStatement(data.name, data.input, reference, (progress) =>
			post({ kind: 'progress', progress })
		);
		post({ kind: 'done', result }, [
			result.zip.buffer as ArrayBuffer,
			...result.files.map((file) => file.bytes.buffer as ArrayBuffer)
		]);
	} catch (error) {
		// A refusal is the reader's message for the reader; anything else is a bug, said as such.
		post({
			kind: 'refused',
			message:
				error instanceof InputError
					? error.format()
					: `The analysis failed: ${error instanceof Error ? error.message : String(error)}`
		});
	}
};
