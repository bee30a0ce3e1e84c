package org.accolade.shared.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accolade.catalog.TestImages;
import org.accolade.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an uploaded image may be, by its bytes alone: a plain unit test, since the checks need no application. An SVG
 * that could run code wherever it is shown is refused whole, not cleaned; one that only draws is kept as it is.
 */
class ImageInspectorTest {

    private final ImageInspector inspector = new ImageInspector("logo", "file");

    @Test
    void aPngAndAnSvgAreAcceptedAsTheTypeTheyClaim() {
        assertThat(inspector.mediaTypeOf(upload("badge.png", "image/png", TestImages.png())))
                .isEqualTo(ImageInspector.PNG);
        assertThat(inspector.mediaTypeOf(upload("badge.svg", "image/svg+xml", TestImages.svg())))
                .isEqualTo(ImageInspector.SVG);
    }

    @Test
    void theTypeComesFromTheFileNameWhenTheBrowserGivesNoneOrAGenericOne() {
        assertThat(inspector.mediaTypeOf(upload("badge.PNG", "application/octet-stream", TestImages.png())))
                .isEqualTo(ImageInspector.PNG);
        assertThat(inspector.mediaTypeOf(upload("badge.svg", null, TestImages.svg()))).isEqualTo(ImageInspector.SVG);
        assertThat(inspector.mediaTypeOf(upload("badge", " Image/SVG+XML; charset=utf-8", TestImages.svg())))
                .isEqualTo(ImageInspector.SVG);
    }

    @Test
    void aFileIsRefusedWithTheCodesAndFieldItsUseNames() {
        assertRefused(upload("photo.jpg", "image/jpeg", TestImages.jpeg()), "logo.unsupported-type");
        assertThatThrownBy(() -> new ImageInspector("badge-class.image", "image")
                .mediaTypeOf(upload("photo.jpg", "image/jpeg", TestImages.jpeg())))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo("badge-class.image.unsupported-type");
                    assertThat(refusal.field()).isEqualTo("image");
                });
    }

    @Test
    void contentThatIsNotWhatItClaimsIsRefused() {
        assertRefused(upload("photo.png", "image/png", TestImages.jpeg()), "logo.not-png");
        assertRefused(upload("photo.svg", "image/svg+xml", TestImages.jpeg()), "logo.not-svg");
        assertRefused(upload("badge.svg", "image/svg+xml", TestImages.png()), "logo.not-svg");
        assertRefused(upload("badge.png", "image/png", TestImages.svg()), "logo.not-png");
        assertRefused(svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"></svg>"), "logo.not-svg");
    }

    @Test
    void xmlWhoseRootIsNotAnSvgElementIsRefused() {
        assertRefused(upload("page.svg", "image/svg+xml", TestImages.xmlThatIsNotSvg()), "logo.not-svg");
        assertRefused(svg("<svg><circle r=\"4\"/></svg>"), "logo.not-svg");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(upload("empty.png", "image/png", new byte[0]), "logo.empty");
        assertRefused(upload("none.png", "image/png", null), "logo.empty");
    }

    @Test
    void aFileOverHalfAMegabyteIsRefusedAndOneOfExactlyThatSizeIsNot() {
        assertRefused(upload("big.png", "image/png", TestImages.pngOfSize(ImageInspector.MAX_BYTES + 1)),
                "logo.too-large");
        assertThat(inspector.mediaTypeOf(upload("limit.png", "image/png",
                TestImages.pngOfSize(ImageInspector.MAX_BYTES)))).isEqualTo(ImageInspector.PNG);
    }

    @Test
    void aDoctypeIsRefusedWhatItDeclaresSoNoEntityIsEverResolved() {
        assertRefused(upload("badge.svg", "image/svg+xml", TestImages.svgWithExternalEntity()), "logo.svg-doctype");
        assertRefused(svg("<!doctype svg><svg xmlns=\"http://www.w3.org/2000/svg\"/>"), "logo.svg-doctype");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<script>alert(document.cookie)</script>",
            "<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script>",
            "<SCRIPT>alert(1)</SCRIPT>",
            "<handler type=\"application/ecmascript\">alert(1)</handler>",
            "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">page</div></foreignObject>",
            "<circle r=\"4\" onclick=\"alert(1)\"/>",
            "<g><circle r=\"4\" ONMOUSEOVER=\"alert(1)\"/></g>",
            "<set attributeName=\"onmouseover\" to=\"alert(1)\"/>",
            "<a href=\" javascript:alert(1)\"><circle r=\"4\"/></a>",
            "<a href=\"java&#9;script:alert(1)\"><circle r=\"4\"/></a>",
            "<a xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"JavaScript:alert(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>" })
    void anSvgThatCouldRunCodeIsRefused(String element) {
        assertRefused(svg("<svg xmlns=\"http://www.w3.org/2000/svg\">" + element + "</svg>"), "logo.svg-script");
    }

    @Test
    void anEventHandlerOnTheRootIsRefused() {
        assertRefused(upload("badge.svg", "image/svg+xml", TestImages.svgWithEventHandler()), "logo.svg-script");
    }

    /**
     * Drawing, styling, text, links that only navigate and images from elsewhere: nothing here runs, so nothing is
     * refused (an external image is fetched by whoever shows the SVG, as an {@code <img>} of the page would be).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<defs><linearGradient id=\"gold\"><stop offset=\"0\" stop-color=\"gold\"/></linearGradient></defs>"
                    + "<circle r=\"40\" fill=\"url(#gold)\" opacity=\"0.9\"/>",
            "<style>circle { fill: gold; }</style><text x=\"10\" y=\"20\">Citoyen</text>",
            "<a href=\"https://example.org/badges\"><text>More</text></a>",
            "<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"#medal\"/>",
            "<image href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"10\" height=\"10\"/>",
            "<image href=\"https://example.org/medal.png\" width=\"10\" height=\"10\"/>",
            "<animate attributeName=\"opacity\" from=\"0\" to=\"1\" dur=\"1s\"/>" })
    void anSvgThatOnlyDrawsIsKept(String element) {
        assertThat(inspector.mediaTypeOf(svg("<svg xmlns=\"http://www.w3.org/2000/svg\">" + element + "</svg>")))
                .isEqualTo(ImageInspector.SVG);
    }

    @Test
    void theFingerprintIsShortStableAndTellsContentsApart() {
        String fingerprint = ImageInspector.fingerprint(TestImages.svg());

        assertThat(fingerprint).hasSize(16).matches("[0-9a-f]+")
                .isEqualTo(ImageInspector.fingerprint(TestImages.svg()));
        assertThat(ImageInspector.fingerprint(TestImages.png())).isNotEqualTo(fingerprint);
    }

    private void assertRefused(ImageUpload upload, String code) {
        assertThatThrownBy(() -> inspector.mediaTypeOf(upload)).isInstanceOfSatisfying(DomainException.class,
                refusal -> {
                    assertThat(refusal.code()).isEqualTo(code);
                    assertThat(refusal.field()).isEqualTo("file");
                });
    }

    private static ImageUpload svg(String text) {
        return upload("image.svg", ImageInspector.SVG, TestImages.utf8(text));
    }

    private static ImageUpload upload(String fileName, String mediaType, byte[] content) {
        return new ImageUpload(fileName, mediaType, content);
    }
}
