/**
 * The files of a built site, listed once when the server starts (the build does not change under
 * a running server), and the file a decoded canonical path stands for: `/commitments` is
 * `commitments.html`, `/` is `index.html`, and the adapter's `.br` / `.gz` twin is chosen when the
 * client accepts it. Paths are looked up in this list only, never joined onto the disk path, so no
 * request can reach a file outside the folder, a dotfile or a host configuration file.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lookup as contentTypeOf } from 'mrmime';
import { HOST_CONFIG_FILES } from './security-headers';

export interface SiteFile {
	/** Path on disk. */
	abs: string;
	size: number;
	etag: string;
	lastModified: string;
	/** Seconds since the epoch, as Last-Modified and If-Modified-Since count. */
	modifiedSeconds: number;
}

export interface FoundFile {
	/** The file to send: the page itself or its compressed twin. */
	file: SiteFile;
	/** The type of the page itself (a `.br` twin of `x.js` is still JavaScript). */
	contentType: string;
	contentEncoding?: 'br' | 'gzip';
}

const TWINS = [
	{ suffix: '.br', coding: 'br' },
	{ suffix: '.gz', coding: 'gzip' }
] as const;

function listFiles(dir: string, prefix = ''): [string, string][] {
	const found: [string, string][] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		// Dotfiles stay private, as with any static host.
		if (entry.name.startsWith('.') && entry.name !== '.well-known') continue;
		const abs = join(dir, entry.name);
		const urlPath = `${prefix}/${entry.name}`;
		if (entry.isDirectory()) found.push(...listFiles(abs, urlPath));
		else if (entry.isFile()) found.push([urlPath, abs]);
	}
	return found;
}

function siteFile(abs: string): SiteFile {
	const stats = statSync(abs);
	return {
		abs,
		size: stats.size,
		// The format sirv used, so caches filled before keep validating.
		etag: `W/"${stats.size}-${stats.mtime.getTime()}"`,
		lastModified: stats.mtime.toUTCString(),
		modifiedSeconds: Math.floor(stats.mtime.getTime() / 1000)
	};
}

/** Whether an Accept-Encoding header allows `coding` (named or `*`, with a q above 0). */
export function acceptsEncoding(header: string | undefined, coding: string): boolean {
	let named: boolean | undefined;
	let star: boolean | undefined;
	for (const part of (header ?? '').split(',')) {
		const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
		const q = params.find((p) => p.startsWith('q='));
		const allowed = q === undefined || Number(q.slice(2)) > 0;
		if (name === coding) named = allowed;
		else if (name === '*') star = allowed;
	}
	return named ?? star ?? false;
}

export interface SiteFiles {
	find(pathname: string, acceptEncoding: string | undefined): FoundFile | undefined;
}

export function readSiteFiles(dir: string, options: { brotli: boolean }): SiteFiles {
	const hidden = new Set(HOST_CONFIG_FILES.flatMap((f) => [f, ...TWINS.map((t) => f + t.suffix)]));
	const files = new Map<string, SiteFile>();
	for (const [urlPath, abs] of listFiles(dir)) {
		if (!hidden.has(urlPath)) files.set(urlPath, siteFile(abs));
	}
	const codings = TWINS.filter((t) => options.brotli || t.coding !== 'br');

	return {
		find(pathname, acceptEncoding) {
			const candidates =
				pathname === '/'
					? ['/index.html']
					: [pathname, `${pathname}.html`, `${pathname}/index.html`];
			const name = candidates.find((c) => files.has(c));
			if (name === undefined) return undefined;
			const type = contentTypeOf(name) ?? 'application/octet-stream';
			const contentType = type === 'text/html' ? 'text/html;charset=utf-8' : type;
			for (const { suffix, coding } of codings) {
				const twin = files.get(name + suffix);
				if (twin && acceptsEncoding(acceptEncoding, coding)) {
					return { file: twin, contentType, contentEncoding: coding };
				}
			}
			return { file: files.get(name) as SiteFile, contentType };
		}
	};
}
