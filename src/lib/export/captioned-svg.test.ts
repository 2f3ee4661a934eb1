import { describe, expect, it } from 'vitest';
import { THEMES } from '$lib/design/tokens';
import { captionedSvg, escapeXml, standaloneChartSvg, wrapText } from './captioned-svg';

const base = {
	chartSvg:
		'<svg width="760" height="400" viewBox="0 0 760 400"><rect width="10" height="10"/></svg>',
	width: 1920,
	height: 1080,
	title: 'How firmly each chapter commits',
	subtitle: 'Clauses per chapter, stacked by modality level.',
	source: 'Source: Joint Statement, 29 January 2026',
	date: '2026-11-23',
	url: 'http://localhost:4173/commitments'
};

describe('captioned SVG', () => {
	it('bakes in title, subtitle, source, date and address', () => {
		const svg = captionedSvg({ ...base, background: 'light' });
		for (const text of [
			base.title,
			base.subtitle,
			'Source: Joint Statement',
			base.date,
			base.url
		]) {
			expect(svg).toContain(text);
		}
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="1920" height="1080"/
		);
	});
	it('places the chart inside, keeping its viewBox but not its fixed size', () => {
		const svg = captionedSvg({ ...base, background: 'light' });
		expect(svg).toMatch(/<svg viewBox="0 0 760 400" x="64" y="\d+" width="1792" height="\d+"/);
	});
	it('follows the chosen background', () => {
		expect(captionedSvg({ ...base, background: 'dark' })).toContain(`fill="${THEMES.dark.bg}"`);
		expect(captionedSvg({ ...base, background: 'transparent' })).toContain(
			'<rect width="1920" height="1080" fill="none"/>'
		);
	});
	it('escapes text and wraps long lines', () => {
		expect(escapeXml('R&D <“EU”>')).toBe('R&amp;D &lt;“EU”&gt;');
		const lines = wrapText('word '.repeat(100), 28, 1792);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.every((l) => l.length * 28 * 0.55 <= 1792)).toBe(true);
	});
});

describe('standalone chart SVG', () => {
	it('resolves currentColor and drops hover styles', () => {
		const svg =
			'<svg viewBox="0 0 1 1"><style ><![CDATA[.a:hover{fill:red}]]></style><text fill="currentColor">x</text></svg>';
		expect(standaloneChartSvg(svg, '#1a1d23')).toBe(
			'<svg viewBox="0 0 1 1"><text fill="#1a1d23">x</text></svg>'
		);
	});
	it('leaves no currentColor in a captioned export', () => {
		const svg = captionedSvg({
			...base,
			chartSvg: '<svg viewBox="0 0 5 5"><path stroke="currentColor"/></svg>',
			background: 'dark'
		});
		expect(svg).not.toContain('currentColor');
		expect(svg).toContain(`stroke="${THEMES.dark.fg}"`);
	});
});
