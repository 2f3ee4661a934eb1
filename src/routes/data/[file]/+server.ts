/**
 * /data/<file>: each file of the data package, and the zip of all of them, written as static
 * files at prerender (see src/lib/server/data-files.ts).
 */
import { error } from '@sveltejs/kit';
import {
	MEDIA_TYPES,
	ZIP_NAME,
	packageZip,
	publishedFile,
	publishedFileNames
} from '$lib/server/data-files';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	[...publishedFileNames(), ZIP_NAME].map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const extension = params.file.slice(params.file.lastIndexOf('.') + 1);
	const type = MEDIA_TYPES[extension] ?? 'application/octet-stream';
	if (params.file === ZIP_NAME) {
		return new Response(packageZip() as Uint8Array<ArrayBuffer>, { headers: { 'content-type': type } });
	}
	const text = publishedFile(params.file);
	if (text === undefined) error(404, `No file ${params.file} in the data package`);
	return new Response(text, { headers: { 'content-type': type } });
};
