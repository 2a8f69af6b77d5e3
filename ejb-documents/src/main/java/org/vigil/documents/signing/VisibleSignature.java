package org.vigil.documents.signing;

/**
 * Where the signature's appearance goes on the page: a box showing who signed, when and why.
 * Coordinates are PDF points from the page's top-left corner, as DSS takes them.
 *
 * @param page the page number, starting at 1
 */
public record VisibleSignature(int page, float x, float y, float width, float height) {

    public VisibleSignature {
        if (page < 1) {
            throw new IllegalArgumentException("page numbers start at 1");
        }
        if (x < 0 || y < 0 || width < 40 || height < 20) {
            throw new IllegalArgumentException("the box must be on the page and at least 40 x 20 points");
        }
    }
}
