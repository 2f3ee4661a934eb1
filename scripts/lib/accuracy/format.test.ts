import { describe, expect, it } from 'vitest';
import { formatHeldout } from './format';
import { goldenFile } from './goldens';
import type { Judged } from './score';

const judged = (level: number, readerLevel: number): Judged => ({
	golden: { doc: 'a.txt', sentence: 's', clause: 'c', level, actor: 'joint', reason: 'a reason' },
	status: 'contained',
	readerLevel,
	readerActor: 'joint',
	readerText: 'c',
	shared: false
});

describe('formatHeldout', () => {
	const heldout = new Map([['held', [judged(2, 2), judged(4, 0)]]]);
	const inSample = new Map([['dev', [judged(0, 0), judged(3, 3)]]]);
	const lines = formatHeldout(heldout, inSample);

	it('gives each held-out statement, their overall and the overall with the in-sample ones', () => {
		expect(lines[0]).toMatch(/^Held-out statements \(2 clauses/);
		expect(lines.find((l) => l.startsWith('held '))).toMatch(/\b2\s+1 \(50\.0%\)/);
		expect(lines.find((l) => l.startsWith('held-out overall'))).toMatch(/\b2\s+1 \(50\.0%\)/);
		expect(lines.find((l) => l.startsWith('in-sample + held-out'))).toMatch(/\b4\s+3 \(75\.0%\)/);
		expect(lines.some((l) => l.startsWith('dev'))).toBe(false);
	});

	it('gives the held-out confusion matrix alone', () => {
		const at = lines.indexOf('Held-out levels, golden (rows) × reader (columns):');
		expect(lines[at + 6]).toMatch(/^4\s+1\s+0\s+0\s+0\s+0\s+0\s+1$/);
	});
});

describe('goldenFile role', () => {
	const file = {
		doc: 'a.txt',
		title: 'A',
		parties: ['United States', 'Japan'],
		sampling: 'all',
		clauses: [judged(0, 0).golden]
	};

	it('accepts dev, compare and heldout, nothing else', () => {
		for (const role of ['dev', 'compare', 'heldout'])
			expect(goldenFile.safeParse({ ...file, role }).success).toBe(true);
		expect(goldenFile.safeParse({ ...file, role: 'held-out' }).success).toBe(false);
	});
});
