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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Badge images are stored and given back as uploaded, and a refused one leaves the badge class as it was; what the
 * bytes may be is ImageInspectorTest's, without the application.
 */
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
    void aFileOverHalfAMegabyteIsRefusedAndOneOfExactlyThatSizeIsNot() {
        refused("big.png", "image/png", TestImages.pngOfSize(512 * 1024 + 1), "badge-class.image.too-large");

        upload("limit.png", "image/png", TestImages.pngOfSize(512 * 1024));
        assertThat(badgeClasses.image(badge.id()).content()).hasSize(512 * 1024);
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
