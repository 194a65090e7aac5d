import { getDocumentProxy } from 'unpdf';

/**
 * Where pdfkit's text flow puts the text of each link. pdfkit makes a link annotation for every line of linked text
 * it sets, but with an empty /Contents, and its text() takes no description for it; PDF/UA-1 (ISO 14289-1, 7.18.5)
 * wants each link annotation to describe where it leads. So the document is set twice: first with each link given
 * an address of its own (probeAddress), read back here by pdf.js (the areas pdfkit gave those annotations); then
 * with no link in the flow and the annotations made with pdfkit's link(), at those areas, with their /Contents.
 * Annotations change nothing in the layout, so both settings put every line in the same place.
 */

/** One line of a link's text: 0-based page, and the box in pdfkit's coordinates (pt, from the page's top left). */
export interface LinkArea {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An address in the reserved .invalid domain (RFC 2606), so that it can never be a real link of the content. */
const probe = 'https://link.invalid/';

/** The address the first setting gives the `n`-th link (0-based, in the order the flow sets them). */
export function probeAddress(n: number): string {
  return `${probe}${n}`;
}

/**
 * The areas of each link of a document set with probe addresses: element n holds the areas of link n, in the order
 * pdfkit made them (line by line, page by page).
 *
 * @throws Error when a link of the first setting left no annotation (the flow set none of its text)
 */
export async function linkAreas(bytes: Uint8Array, links: number): Promise<LinkArea[][]> {
  const areas: LinkArea[][] = Array.from({ length: links }, () => []);
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    for (let page = 0; page < pdf.numPages; page++) {
      const proxy = await pdf.getPage(page + 1);
      const height = proxy.view[3]!;
      for (const annotation of (await proxy.getAnnotations()) as { url?: string; rect: number[] }[]) {
        if (!annotation.url?.startsWith(probe)) continue;
        const n = Number(annotation.url.slice(probe.length));
        const [x1, y1, x2, y2] = annotation.rect as [number, number, number, number];
        // pdf.js gives the box from the page's bottom left; pdfkit's link() takes it from the top left.
        add(areas[n]!, { page, x: x1, y: height - y2, width: x2 - x1, height: y2 - y1 });
      }
    }
  } finally {
    await pdf.destroy();
  }
  const lost = areas.findIndex((a) => a.length === 0);
  if (lost >= 0) throw new Error(`the PDF of the work programme lost link ${lost + 1} of ${links}: pdfkit set none of its text`);
  return areas;
}

/**
 * pdfkit makes an annotation for each call of text() on each line: a link set in two faces (Latin and Chinese) had
 * up to four on one line, some over a space only. Boxes that follow one another on a line become one.
 */
function add(areas: LinkArea[], area: LinkArea): void {
  const last = areas.at(-1);
  const sameLine = last && last.page === area.page && area.y < last.y + last.height && last.y < area.y + area.height;
  if (!last || !sameLine || Math.abs(last.x + last.width - area.x) > 0.5) {
    areas.push(area);
    return;
  }
  const top = Math.min(last.y, area.y);
  const bottom = Math.max(last.y + last.height, area.y + area.height);
  areas[areas.length - 1] = { page: area.page, x: last.x, y: top, width: area.x + area.width - last.x, height: bottom - top };
}
