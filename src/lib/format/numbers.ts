/**
 * Numbers formatted for people: "US$61 bn", "8.4%", "20 million". One locale (en-GB, the
 * texts' own usage) so the site, exports and tests agree.
 */
const LOCALE = 'en-GB';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

export function formatInteger(n: number): string {
	return integer.format(n);
}

export function formatDecimal(n: number, digits = 1): string {
	return new Intl.NumberFormat(LOCALE, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(n);
}

/** 0.042 → "4.2%"; whole percentages lose the decimal ("40%"). */
export function formatShare(share: number): string {
	return `${oneDecimal.format(share * 100)}%`;
}

/** A value already in percent (8.4 → "8.4%"). */
export function formatPercent(value: number): string {
	return `${oneDecimal.format(value)}%`;
}

const SCALES: [number, string, string][] = [
	[1e12, 'tn', 'trillion'],
	[1e9, 'bn', 'billion'],
	[1e6, 'm', 'million']
];

/** 61e9 USD → "US$61 bn"; small amounts keep their digits ("US$950"). */
export function formatMoney(value: number, currency: string): string {
	const symbol = currency === 'USD' ? 'US$' : currency === 'EUR' ? '€' : `${currency} `;
	for (const [size, short] of SCALES) {
		if (Math.abs(value) >= size) return `${symbol}${oneDecimal.format(value / size)} ${short}`;
	}
	return `${symbol}${integer.format(value)}`;
}

/** 20e6 → "20 million"; below a million, plain digits with separators. */
export function formatCount(value: number): string {
	for (const [size, , long] of SCALES) {
		if (Math.abs(value) >= size) return `${oneDecimal.format(value / size)} ${long}`;
	}
	return integer.format(value);
}

/** 4 → "4th", 1 → "1st", 12 → "12th". */
export function formatOrdinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
