/** What the /analyse page and its worker say to each other. */
import type { Progress, StatementResult } from './analyse-statement';

export interface WorkerRequest {
	/** The file's name, or a name for pasted text: it becomes the statement's id. */
	name: string;
	input: string | Uint8Array;
}

export type WorkerReply =
	| { kind: 'progress'; progress: Progress }
	| { kind: 'done'; result: StatementResult }
	| { kind: 'refused'; message: string };
