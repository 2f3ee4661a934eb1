/** For tests: what a reader of the CLI or of /analyse is told when an input is refused. */
import { InputError } from './errors';

/** The one line of the InputError `run` throws ("file:line: message"), or 'accepted'. */
export function refusalOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof InputError) return error.format();
		throw error;
	}
	return 'accepted';
}
