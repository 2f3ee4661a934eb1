/**
 * Numbers formatted for people: "US$61 bn", "8.4%", "20 million". One locale (en-GB, the
 * texts' own usage) so the site, exports and tests agree.
 */
const LOCALE = 'en-GB';

/** `abs` (≥ 0, < 1e21) in plain decimal digits, as the shortest string that reads back as it. */
function plainDigits(abs: number): string {
	const text = String(abs);
	const exponent = /^(\d)(?:\.(\d+))?e-(\d+)$/.exec(text);
	if (!exponent) return text;
	// Below 1e-6 the shortest form has an exponent: write it out ("1.5e-7" → "0.00000015").
	const [, first = '', rest = '', power = '0'] = exponent;
	return `0.${'0'.repeat(Number(power) - 1)}${first}${rest}`;
}

/** Adds one unit in the last place of a string of digits ("0999" → "1000"). */
function incremented(digits: string): string {
	const out = digits.split('');
	for (let i = out.length - 1; i >= 0; i -= 1) {
		if (out[i] !== '9') {
			out[i] = String(Number(out[i]) + 1);
			return out.join('');
		}
		out[i] = '0';
	}
	return `1${out.join('')}`;
}

/**
 * en-GB digits without Intl: a page's first `new Intl.NumberFormat` loads the locale's data,
 * ≈ 30 ms of main thread here (≈ 120 ms under Lighthouse's mobile CPU), and the tiles' and
 * charts' first numbers are formatted while the page hydrates. Rounded as Intl rounds: the
 * shortest decimal that reads back as the double (0.15 is "0.15", not 0.1499…), ties away from
 * zero; numbers.test.ts holds it to Intl. Beyond 1e21 and for ±∞ and NaN Intl formats.
 */
function formatFixed(n: number, minDigits: number, maxDigits: number): string {
	const abs = Math.abs(n);
	if (!Number.isFinite(abs) || abs >= 1e21) {
		return new Intl.NumberFormat(LOCALE, {
			minimumFractionDigits: minDigits,
			maximumFractionDigits: maxDigits
		}).format(n);
	}
	const [whole = '0', fraction = ''] = plainDigits(abs).split('.');
	let digits = `${whole}${fraction.slice(0, maxDigits).padEnd(maxDigits, '0')}`;
	if ((fraction[maxDigits] ?? '0') >= '5') digits = incremented(digits);
	const wholeDigits = digits.slice(0, digits.length - maxDigits) || '0';
	let kept = digits.slice(digits.length - maxDigits);
	while (kept.length > minDigits && kept.endsWith('0')) kept = kept.slice(0, -1);
	const grouped = wholeDigits.replace(/\B(?=(\d{3})+$)/g, ',');
	// Intl keeps the sign of a negative value that rounds to zero ("-0"), and of -0 itself.
	const sign = n < 0 || Object.is(n, -0) ? '-' : '';
	return `${sign}${grouped}${kept ? `.${kept}` : ''}`;
}

export function formatInteger(n: number): string {
	return formatFixed(n, 0, 0);
}

export function formatDecimal(n: number, digits = 1): string {
	return formatFixed(n, digits, digits);
}

/** At most one decimal, none when it is zero (8.0 → "8", 8.44 → "8.4"). */
const oneDecimal = (n: number) => formatFixed(n, 0, 1);

/** 0.042 → "4.2%"; whole percentages lose the decimal ("40%"). */
export function formatShare(share: number): string {
	return `${oneDecimal(share * 100)}%`;
}

/** A value already in percent (8.4 → "8.4%"). */
export function formatPercent(value: number): string {
	return `${oneDecimal(value)}%`;
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
		if (Math.abs(value) >= size) return `${symbol}${oneDecimal(value / size)} ${short}`;
	}
	return `${symbol}${formatInteger(value)}`;
}

/** 20e6 → "20 million"; below a million, plain digits with separators. */
export function formatCount(value: number): string {
	for (const [size, , long] of SCALES) {
		if (Math.abs(value) >= size) return `${oneDecimal(value / size)} ${long}`;
	}
	return formatInteger(value);
}

/** 4 → "4th", 1 → "1st", 12 → "12th". */
export function formatOrdinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
