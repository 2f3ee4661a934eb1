/** The preprocessing run behind the CLI (and the benchmark): read, analyse, validate, write. */
import { relative } from 'node:path';
import { analyseCorpus } from '../../src/lib/analysis/analyse-corpus';
import { provenanceErrors } from '../../src/lib/analysis/verify-provenance';
import { dashboardData } from '../../src/lib/contract/tables';
import { packageFiles } from '../../src/lib/data-package/serialize';
import { loadDocuments, loadReference } from './load-inputs';
import { MAP_TOPOLOGY_FILE, mapTopologyFile } from './map-geometry';
import { diffPackage, writePackageAtomically } from './write-package';

export interface PipelineOptions {
	inputs: string[];
	out: string;
	check: boolean;
	quiet: boolean;
	referenceDir: string;
}

export interface PipelineResult {
	exitCode: number;
	documents: number;
	seconds: number;
}

const display = (path: string) => relative(process.cwd(), path) || '.';

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
	const started = performance.now();
	const log = (line: string) => {
		if (!options.quiet) console.log(line);
	};
	const reference = await loadReference(options.referenceDir);
	const documents = await loadDocuments(options.inputs);
	const data = analyseCorpus(documents, reference);

	const checked = dashboardData.safeParse(data);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		throw new Error(
			`analysis output breaks the data contract at ${issue?.path.join('.')}: ${issue?.message}`
		);
	}
	const texts = new Map(documents.map((d) => [d.meta.docId, d.text]));
	const drift = provenanceErrors(data, texts);
	if (drift.length > 0)
		throw new Error(`quotes do not match their offsets:\n  ${drift.slice(0, 5).join('\n  ')}`);

	// One pass over the tables for the per-document progress lines (not a filter per document:
	// that is quadratic at 1,000 documents).
	const perDoc = new Map<string, { clauses: number; commitments: number; figures: number }>();
	const countsOf = (docId: string) => {
		let counts = perDoc.get(docId);
		if (!counts) perDoc.set(docId, (counts = { clauses: 0, commitments: 0, figures: 0 }));
		return counts;
	};
	for (const clause of data.clauses) {
		const counts = countsOf(clause.docId);
		counts.clauses++;
		if (clause.level >= 3) counts.commitments++;
	}
	for (const figure of data.figures) countsOf(figure.docId).figures++;
	documents.forEach((doc, i) => {
		const row = data.documents[i];
		const counts = countsOf(doc.meta.docId);
		log(
			`[${i + 1}/${documents.length}] ${doc.meta.file} → ${doc.meta.docId}: ${row?.chapters} chapters, ${row?.paragraphs} paragraphs, ${row?.sentences} sentences, ${counts.clauses} clauses, ${counts.commitments} commitments, ${counts.figures} figures`
		);
	});

	const files = packageFiles(data);
	files.set(MAP_TOPOLOGY_FILE, await mapTopologyFile(reference.gazetteer));
	const out = display(options.out);
	if (options.check) {
		const differences = await diffPackage(options.out, files);
		if (differences.length > 0) {
			console.error(
				`error: ${out} is stale; run npm run preprocess. Differences: ${differences.join(', ')}`
			);
			return { exitCode: 1, documents: documents.length, seconds: 0 };
		}
	} else {
		await writePackageAtomically(options.out, files);
	}
	const elapsed = (performance.now() - started) / 1000;
	const seconds = elapsed.toFixed(2);
	log(
		`${documents.length} documents, ${data.paragraphs.length} paragraphs, ${data.clauses.length} clauses, ${data.clauses.filter((c) => c.level >= 3).length} commitments, ${data.figures.length} figures, ${data.events.length} events in ${seconds} s → ${out}${options.check ? ' is up to date' : ` (${files.size} files)`}`
	);
	return { exitCode: 0, documents: documents.length, seconds: elapsed };
}
