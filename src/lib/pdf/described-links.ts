import PDFDocument from 'pdfkit';

/**
 * A pdfkit document whose link annotations say where they lead. PDF/UA-1 (ISO 14289-1, 7.18.5) wants every link
 * annotation to carry an alternate description in /Contents, and pdfkit's text flow (`text(…, { link })`) has no
 * option for one: it makes each annotation through the document's public, documented link(x, y, w, h, url, options)
 * method, and link() fills an empty /Contents when none is given. This subclass overrides link() so that an
 * annotation made while `linkDescription` is set (the typesetter sets it around each piece of a link's text) gets it
 * as its /Contents; otherwise link() is pdfkit's own, unchanged. An override of a public method, not a patch: the
 * flow still makes and places the annotations and puts each in its Link element (/StructParent, an OBJR).
 *
 * The tests hold it: if pdfkit ever stops making the flow's annotations through link(), every annotation's /Contents
 * is empty again and the /Contents check (expectDescribedLinks, tests/build/pdf-annotations.ts) fails.
 */
export class DescribedLinksDocument extends PDFDocument {
  /**
   * The /Contents of the link annotations made now: the link's text and, where the text does not show it, its
   * address. Undefined outside a link's text.
   */
  linkDescription: string | undefined = undefined;

  /** pdfkit's link(), with `linkDescription` as the /Contents when the caller gives none. */
  override link(x: number, y: number, w: number, h: number, url: string, options: PDFKit.Mixins.AnnotationOption = {}): this {
    if (this.linkDescription === undefined || options.Contents) return super.link(x, y, w, h, url, options);
    // A PDF text string, as pdfkit's own annotations make it (a JavaScript string would be written as a name).
    return super.link(x, y, w, h, url, { ...options, Contents: new String(this.linkDescription) as string });
  }
}
