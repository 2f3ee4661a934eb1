/** Plain-text report of the benchmark: aligned columns, percentages with one decimal. */
import type { SeedResult } from './seed-cases';
import { actorConfusions, agreement, confusion, type Agreement, type Judged } from './score';

const pct = (k: number, n: number) => (n === 0 ? '–' : `${((100 * k) / n).toFixed(1)}%`);

/** Columns padded to their widest cell; the first column left-aligned, the others right-aligned. */
export function table(rows: readonly (readonly string[])[]): string[] {
	const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
	return rows.map((row) =>
		row
			.map((cell, i) => (i === 0 ? cell.padEnd(widths?.[i] ?? 0) : cell.padStart(widths?.[i] ?? 0)))
			.join('  ')
			.trimEnd()
	);
}

const agreementCells = (name: string, a: Agreement) => [
	name,
	String(a.n),
	`${a.level} (${pct(a.level, a.n)})`,
	pct(a.withinOne, a.n),
	pct(a.commitment, a.n),
	`${a.actor} (${pct(a.actor, a.n)})`,
	a.kappa.toFixed(2),
	String(a.unsplit),
	String(a.shared),
	String(a.missing)
];

const HEADER = [
	'statement',
	'n',
	'level',
	'±1',
	'≥3 same',
	'actor',
	'κ',
	'unsplit',
	'shared',
	'missing'
];

function confusionLines(rows: readonly Judged[]): string[] {
	return table([
		['golden \\ reader', '0', '1', '2', '3', '4', 'none', 'n'],
		...confusion(rows).map((row, level) => [
			String(level),
			...row.map(String),
			String(row.reduce((a, b) => a + b, 0))
		])
	]);
}

const actorLines = (rows: readonly Judged[]) =>
	table(
		actorConfusions(rows)
			.slice(0, 12)
			.map((a) => [`  ${a.pair}`, String(a.count)])
	);

export function formatSummary(byDoc: ReadonlyMap<string, Judged[]>): string[] {
	const all = [...byDoc.values()].flat();
	const lines = table([
		HEADER,
		...[...byDoc].map(([doc, rows]) => agreementCells(doc, agreement(rows))),
		agreementCells('overall', agreement(all))
	]);
	return [
		...lines,
		'',
		'level: same level; ±1: off by at most one; ≥3 same: both call it a commitment (level ≥ 3) or',
		'both do not; κ: Cohen’s kappa of the levels; unsplit: no reader clause holds the golden',
		'words (the most overlapping one is used); shared: the reader clause also answers another',
		'golden clause (coordinated actions not split); missing: no reader clause in the sentence.',
		'',
		'Levels, golden (rows) × reader (columns):',
		...confusionLines(all),
		'',
		'Actor disagreements, golden → reader (reader actors mapped to the goldens’ names; ?x names no party of the statement):',
		...actorLines(all)
	];
}

/**
 * The held-out statements (levelled blind, committed before the reader was run on them) as their
 * own block: one row each, their overall, and the overall of in-sample and held-out together;
 * then their level confusion matrix and actor disagreements. `inSample` is what formatSummary
 * reported.
 */
export function formatHeldout(
	heldout: ReadonlyMap<string, Judged[]>,
	inSample: ReadonlyMap<string, Judged[]>
): string[] {
	const rows = [...heldout.values()].flat();
	const all = [...[...inSample.values()].flat(), ...rows];
	return [
		`Held-out statements (${rows.length} clauses levelled blind, before the reader was run on them):`,
		...table([
			HEADER,
			...[...heldout].map(([doc, judged]) => agreementCells(doc, agreement(judged))),
			agreementCells('held-out overall', agreement(rows)),
			agreementCells('in-sample + held-out', agreement(all))
		]),
		'',
		'Held-out levels, golden (rows) × reader (columns):',
		...confusionLines(rows),
		'',
		'Held-out actor disagreements, golden → reader:',
		...actorLines(rows)
	];
}

export function formatSeedCases(results: readonly SeedResult[]): string[] {
	const failing = results.filter((r) => !r.holds);
	return [
		`Seed cases of src/lib/analysis/clauses.test.ts: ${results.length - failing.length} of ${results.length} hold (levels of every clause and the first actor).`,
		...failing.map(
			(r) =>
				`  ${r.prefix} — expected [${r.levels.join(', ')}] ${r.actor}, reader [${r.readerLevels.join(', ')}] ${r.readerActor}`
		)
	];
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Every golden clause the reader disagrees with on level or actor, one line each. */
export function formatDisagreements(byDoc: ReadonlyMap<string, Judged[]>): string[] {
	const lines: string[] = [];
	for (const [doc, rows] of byDoc) {
		for (const r of rows) {
			const levelOff = r.readerLevel !== r.golden.level;
			const actorOff = r.readerActor !== r.golden.actor;
			if (!levelOff && !actorOff) continue;
			const level = `${r.golden.level} → ${r.readerLevel ?? '–'}`;
			const actor = actorOff ? ` | actor ${r.golden.actor} → ${r.readerActor ?? '–'}` : '';
			const how = r.status === 'contained' ? '' : ` [${r.status}]`;
			lines.push(
				`${doc}\t${level}${levelOff ? '' : ' (same)'}${actor}${how}\t“${r.golden.clause}”\treader: “${clip(r.readerText, 100)}”\t${r.golden.reason}`
			);
		}
	}
	return lines;
}
