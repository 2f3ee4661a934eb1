/** An input the pipeline cannot analyse, with the file and (where it applies) the line. */
export class InputError extends Error {
	constructor(
		readonly file: string,
		message: string,
		readonly line?: number
	) {
		super(message);
		this.name = 'InputError';
	}

	/** One line for a terminal: "seeds/x.txt:12: text is not UTF-8". */
	format(): string {
		return `${this.file}${this.line === undefined ? '' : `:${this.line}`}: ${this.message}`;
	}
}
