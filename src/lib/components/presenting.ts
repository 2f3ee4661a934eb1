/**
 * Presenting in full screen: which key moves to which figure. Presentation clickers send
 * PageDown/PageUp; the arrow keys also move, except inside a widget that uses them itself (the
 * timeline's events, a chart's keyboard focus, a form field).
 */
export type PresentStep = 'next' | 'previous';

const STEPS: Readonly<Record<string, PresentStep>> = {
	PageDown: 'next',
	PageUp: 'previous',
	ArrowRight: 'next',
	ArrowLeft: 'previous'
};

export function presentStep(key: string, inWidget: boolean): PresentStep | null {
	const step = STEPS[key];
	if (!step) return null;
	return inWidget && key.startsWith('Arrow') ? null : step;
}

/** The figure `step` away from `current` in `figures` (page order), or null at either end. */
export function neighbour<T>(figures: readonly T[], current: T, step: PresentStep): T | null {
	const at = figures.indexOf(current);
	if (at < 0) return null;
	return figures[at + (step === 'next' ? 1 : -1)] ?? null;
}
