/** Test helper: the reviewed party list and the Viet Nam–EU statement's parties, read once. */
import { readFileSync } from 'node:fs';
import { readDocumentParties, type DocumentParties, type PartyDefinition } from './parties';

export const PARTY_LIST: PartyDefinition[] = (
	JSON.parse(
		readFileSync(new URL('../../../seeds/reference/parties.json', import.meta.url), 'utf8')
	) as { parties: PartyDefinition[] }
).parties;

/** The parties of a document with this title and text (or these declared parties). */
export function partiesOf(title: string, text = '', declared: string[] = []): DocumentParties {
	return readDocumentParties(PARTY_LIST, { title, text, declared });
}

export const VN_EU_PARTIES = partiesOf('', '', ['vn', 'eu']);
