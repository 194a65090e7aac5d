import { getDocumentProxy } from 'unpdf';

/**
 * Pieces of marked content that belong to the structure tree (they carry an MCID) but hold no text, read by pdf.js
 * from the page content: "page 4: P p78R_mc17". A piece of a paragraph with nothing in it is an element a screen
 * reader announces and finds empty. `keep` names the tags whose pieces may hold drawing only (a Figure's picture).
 */
export async function emptyMarkedContent(bytes: Uint8Array, keep: string[] = []): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const empty: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent({ includeMarkedContent: true });
    // pdf.js gives the tag of each piece beside its id, though its types list the id only.
    const open: { id: string | null; tag: string; text: string }[] = [];
    for (const item of content.items as ({ type?: string; id?: string | null; tag?: string; str?: string })[]) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push({ id: item.id ?? null, tag: item.tag ?? '', text: '' });
      else if (item.type === 'endMarkedContent') {
        const piece = open.pop();
        if (!piece) continue;
        if (piece.id && !piece.text.trim() && !keep.includes(piece.tag)) empty.push(`page ${n}: ${piece.tag} ${piece.id}`);
        if (open.length) open.at(-1)!.text += piece.text;
      } else if (open.length) open.at(-1)!.text += item.str ?? '';
    }
  }
  return empty;
}
