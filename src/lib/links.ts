/**
 * Links into the annotated text (/text). Every drill-down lands on a paragraph anchor, so the
 * anchor format lives here and nowhere else. The joint statement's paragraphs are `#p-41`
 * (as printed: "41."); other documents prefix their id, e.g. `#article-2026-02-p-5`.
 */
export const PRIMARY_DOC_ID = 'joint-statement-2026';

export function paragraphAnchor(docId: string, paragraphNo: number): string {
	return docId === PRIMARY_DOC_ID ? `p-${paragraphNo}` : `${docId}-p-${paragraphNo}`;
}

export function textHref(docId: string, paragraphNo: number): string {
	return `/text#${paragraphAnchor(docId, paragraphNo)}`;
}
