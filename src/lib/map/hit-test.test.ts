import { describe, expect, it } from 'vitest';
import { targetsAt } from './hit-test';

describe('targetsAt', () => {
	const targets = [
		{ key: 'belgium', x: 100, y: 100, r: 12 },
		{ key: 'eu', x: 110, y: 104, r: 12 },
		{ key: 'spain', x: 60, y: 160, r: 12 }
	];

	it('lists every marker whose target holds the point, nearest first', () => {
		expect(targetsAt({ x: 108, y: 103 }, targets)).toEqual(['eu', 'belgium']);
		expect(targetsAt({ x: 103, y: 101 }, targets)).toEqual(['belgium', 'eu']);
		expect(targetsAt({ x: 96, y: 98 }, targets)).toEqual(['belgium']);
	});

	it('lists one marker standing alone, and none for a tap on empty sea', () => {
		expect(targetsAt({ x: 65, y: 150 }, targets)).toEqual(['spain']);
		expect(targetsAt({ x: 200, y: 20 }, targets)).toEqual([]);
	});
});
