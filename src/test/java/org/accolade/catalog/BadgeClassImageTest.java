package org.accolade.catalog;

import static org.accolade.catalog.BadgeClassServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.community.MemberService;
import org.accolade.shared.images.ImageUpload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Badge images are judged by their bytes, and a refused one leaves the badge class as it was. */
@SharedApplicationTest
class BadgeClassImageTest {

    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;

    private People people;
    private BadgeClass badge;

    @BeforeEach
    void setUp() {
        people = new People(members, users);
        var juror = people.fresh("Jade");
        badge = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
    }

    @Test
    void aBadgeClassWithoutAnImageHasAPlaceholderMedal() {
        BadgeImage image = badgeClasses.image(badge.id());

        assertThat(image.placeholder()).isTrue();
        assertThat(image.mediaType()).isEqualTo("image/svg+xml");
        assertThat(new String(image.content(), StandardCharsets.UTF_8)).contains(">FP</text>");
        assertThat(badgeClasses.checkImage(new ImageUpload("placeholder.svg", image.mediaType(), image.content()))
                .mediaType()).as("the placeholder passes the upload checks").isEqualTo(BadgeImage.SVG);
    }

    @Test
    void aValidPngIsStoredAndGivenBackAsPng() {
        byte[] png = TestImages.png();

        upload("badge.png", "image/png", png);

        BadgeImage image = badgeClasses.image(badge.id());
        assertThat(image.placeholder()).isFalse();
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.content()).isEqualTo(png);
    }

    @Test
    void aValidSvgIsStoredAndGivenBackAsSvg() {
        upload("badge.svg", "image/svg+xml", TestImages.svg());

        BadgeImage image = badgeClasses.image(badge.id());
        assertThat(image.mediaType()).isEqualTo("image/svg+xml");
        assertThat(image.content()).isEqualTo(TestImages.svg());
    }

    @Test
    void theTypeComesFromTheFileNameWhenTheBrowserGivesNone() {
        upload("badge.PNG", "application/octet-stream", TestImages.png());

        assertThat(badgeClasses.image(badge.id()).mediaType()).isEqualTo("image/png");
    }

    @Test
    void aJpegIsRefusedWhateverItClaimsToBe() {
        refused("photo.jpg", "image/jpeg", TestImages.jpeg(), "badge-class.image.unsupported-type");
        refused("photo.png", "image/png", TestImages.jpeg(), "badge-class.image.not-png");
        refused("photo.svg", "image/svg+xml", TestImages.jpeg(), "badge-class.image.not-svg");
    }

    @Test
    void aPngRenamedAsSvgIsRefused() {
        refused("badge.svg", "image/svg+xml", TestImages.png(), "badge-class.image.not-svg");
    }

    @Test
    void anSvgRenamedAsPngIsRefused() {
        refused("badge.png", "image/png", TestImages.svg(), "badge-class.image.not-png");
    }

    @Test
    void anSvgWithAScriptIsRefused() {
        refused("badge.svg", "image/svg+xml", TestImages.svgWithScript(), "badge-class.image.svg-script");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<circle r=\"4\" onclick=\"alert(1)\"/>",
            "<a href=\" javascript:alert(1)\"><circle r=\"4\"/></a>",
            "<a xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"JavaScript:alert(1)\">x</a>",
            "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">page</div></foreignObject>",
            "<set attributeName=\"onmouseover\" to=\"alert(1)\"/>",
            "<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script>" })
    void anSvgThatCouldRunCodeIsRefused(String element) {
        byte[] svg = TestImages.utf8("<svg xmlns=\"http://www.w3.org/2000/svg\">" + element + "</svg>");

        refused("badge.svg", "image/svg+xml", svg, "badge-class.image.svg-script");
    }

    @Test
    void anSvgWithAnEventHandlerIsRefused() {
        refused("badge.svg", "image/svg+xml", TestImages.svgWithEventHandler(), "badge-class.image.svg-script");
    }

    @Test
    void anSvgWithADoctypeOrAnExternalEntityIsRefused() {
        refused("badge.svg", "image/svg+xml", TestImages.svgWithExternalEntity(), "badge-class.image.svg-doctype");
    }

    @Test
    void xmlWhoseRootIsNotSvgIsRefused() {
        refused("page.svg", "image/svg+xml", TestImages.xmlThatIsNotSvg(), "badge-class.image.not-svg");
    }

    @Test
    void aFileOverHalfAMegabyteIsRefusedAndOneOfExactlyThatSizeIsNot() {
        refused("big.png", "image/png", TestImages.pngOfSize(512 * 1024 + 1), "badge-class.image.too-large");

        upload("limit.png", "image/png", TestImages.pngOfSize(512 * 1024));
        assertThat(badgeClasses.image(badge.id()).content()).hasSize(512 * 1024);
    }

    @Test
    void anEmptyFileIsRefused() {
        refused("empty.png", "image/png", new byte[0], "badge-class.image.empty");
    }

    @Test
    void nothingIsStoredAfterARefusal() {
        byte[] png = TestImages.png();
        upload("badge.png", "image/png", png);

        refused("badge.svg", "image/svg+xml", TestImages.svgWithScript(), "badge-class.image.svg-script");
        refused("big.png", "image/png", TestImages.pngOfSize(600 * 1024), "badge-class.image.too-large");

        BadgeImage image = badgeClasses.image(badge.id());
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.content()).isEqualTo(png);
    }

    @Test
    void aRefusedFirstImageLeavesThePlaceholder() {
        refused("photo.jpg", "image/jpeg", TestImages.jpeg(), "badge-class.image.unsupported-type");

        assertThat(badgeClasses.image(badge.id()).placeholder()).isTrue();
    }

    private void upload(String fileName, String mediaType, byte[] content) {
        people.as("admin", () -> badgeClasses.uploadImage(badge.id(), new ImageUpload(fileName, mediaType, content)));
    }

    private void refused(String fileName, String mediaType, byte[] content, String code) {
        assertRefused(() -> upload(fileName, mediaType, content), code, "image");
    }
}
