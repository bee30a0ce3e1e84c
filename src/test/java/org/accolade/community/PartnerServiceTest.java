package org.accolade.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.catalog.TestImages;
import org.accolade.shared.DomainException;
import org.accolade.shared.images.ImageUpload;
import org.accolade.shared.images.StoredImage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The partner directory on the real database: what an issuer admin may write, and what everyone may read. */
@SharedApplicationTest
class PartnerServiceTest {

    @Autowired
    private PartnerService partners;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;

    private People people;

    @BeforeEach
    void setUp() {
        people = new People(members, users);
    }

    @Test
    void anAdminCreatesAPartnerWithTrimmedFieldsAndALowerCasedAddress() {
        String address = freshAddress("Contact");

        PartnerOrganisation created = asAdmin(() -> partners.create(new PartnerForm("  Fablab du Lycée ",
                " https://fablab.example.org/ ", "  " + address.toUpperCase() + " ", "  ")));

        assertThat(created.name()).isEqualTo("Fablab du Lycée");
        assertThat(created.website()).isEqualTo("https://fablab.example.org/");
        assertThat(created.email()).isEqualTo(address);
        assertThat(created.description()).as("a blank description is none").isNull();
        assertThat(created.hasLogo()).isFalse();
        assertThat(partners.find(created.id())).contains(created);
    }

    @Test
    void anAdminUpdatesAPartnerAndMayKeepItsOwnAddress() {
        PartnerOrganisation partner = create("Atelier");

        PartnerOrganisation updated = asAdmin(() -> partners.update(partner.id(), new PartnerForm("Atelier Bois",
                "http://atelier.example.org", partner.email(), "Menuiserie solidaire.", Locale.ENGLISH)));

        assertThat(updated).isEqualTo(new PartnerOrganisation(partner.id(), "Atelier Bois",
                "http://atelier.example.org", partner.email(), "Menuiserie solidaire.", null, Locale.ENGLISH));
        assertThat(partners.get(partner.id())).isEqualTo(updated);
    }

    @Test
    void aPartnerIsWrittenToInFrenchOrEnglishAndNothingElse() {
        PartnerOrganisation partner = asAdmin(() -> partners.create(new PartnerForm("Atelier Langues",
                "https://langues.example.org", "langues-" + UUID.randomUUID() + "@example.org", null)));

        assertThat(partner.language()).isEqualTo(Locale.FRENCH);
        assertThatThrownBy(() -> asAdmin(() -> partners.update(partner.id(), new PartnerForm(partner.name(),
                partner.website(), partner.email(), null, Locale.GERMAN))))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo("partner.language");
                    assertThat(refusal.field()).isEqualTo("language");
                });
        assertThat(partners.get(partner.id()).language()).isEqualTo(Locale.FRENCH);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            name        | ''                          | partner.name.required
            name        | '   '                       | partner.name.required
            name        | LONG_NAME                   | partner.name.too-long
            website     | ''                          | partner.website.required
            website     | musee.example.org           | partner.website.invalid
            website     | ftp://musee.example.org     | partner.website.invalid
            website     | javascript:alert(1)         | partner.website.invalid
            website     | https://                    | partner.website.invalid
            website     | https://exa mple.org        | partner.website.invalid
            email       | ''                          | partner.email.required
            email       | not an address              | partner.email.invalid
            email       | Musée <musee@example.org>   | partner.email.invalid
            description | LONG_DESCRIPTION            | partner.description.too-long
            """)
    void eachFieldIsCheckedAndARefusalNamesIt(String field, String value, String code) {
        String text = value.replace("LONG_NAME", "n".repeat(201)).replace("LONG_DESCRIPTION", "d".repeat(2001));
        var form = new PartnerForm(field.equals("name") ? text : "Musée", field.equals("website") ? text
                : "https://musee.example.org", field.equals("email") ? text : freshAddress("field"),
                field.equals("description") ? text : "");

        assertThatThrownBy(() -> asAdmin(() -> partners.create(form)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo(field);
                    assertThat(refusal.code()).isEqualTo(code);
                    assertThat(refusal.kind()).isEqualTo(DomainException.Kind.INVALID);
                });
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        PartnerOrganisation partner = create("Inchangé");

        assertThatThrownBy(() -> asAdmin(() -> partners.update(partner.id(),
                new PartnerForm("Autre nom", "pas une adresse", partner.email(), ""))))
                .isInstanceOf(DomainException.class);

        assertThat(partners.get(partner.id())).isEqualTo(partner);
    }

    @Test
    void aSecondPartnerWithTheSameAddressInAnyCaseIsAConflictOnTheEmailField() {
        PartnerOrganisation first = create("Premier");
        PartnerOrganisation second = create("Second");

        assertThatThrownBy(() -> asAdmin(() -> partners.create(new PartnerForm("Doublon",
                "https://doublon.example.org", first.email().toUpperCase(), ""))))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(refusal.code()).isEqualTo("partner.email.taken");
                    assertThat(refusal.field()).isEqualTo("email");
                    assertThat(refusal.arguments()).containsExactly(first.email());
                });
        assertThatThrownBy(() -> asAdmin(() -> partners.update(second.id(), new PartnerForm("Second",
                "https://second.example.org", first.email(), ""))))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("partner.email.taken"));
        assertThat(partners.get(second.id()).email()).isNotEqualTo(first.email());
    }

    @Test
    void aPngLogoIsCheckedStoredAndReadBackByAnyone() {
        PartnerOrganisation partner = create("Logo");
        byte[] png = TestImages.png();

        PartnerOrganisation withLogo = asAdmin(() -> partners.uploadLogo(partner.id(),
                new ImageUpload("logo.png", "image/png", png)));

        StoredImage logo = partners.logo(partner.id()).orElseThrow();
        assertThat(logo.content()).isEqualTo(png);
        assertThat(logo.mediaType()).isEqualTo("image/png");
        assertThat(withLogo.logoVersion()).isEqualTo(logo.etag());
        assertThat(partners.get(partner.id()).hasLogo()).isTrue();
    }

    @Test
    void aNewLogoReplacesTheOldOneAndChangesItsVersion() {
        PartnerOrganisation partner = create("Deux logos");
        String first = asAdmin(() -> partners.uploadLogo(partner.id(),
                new ImageUpload("logo.png", "image/png", TestImages.png()))).logoVersion();

        PartnerOrganisation replaced = asAdmin(() -> partners.uploadLogo(partner.id(),
                new ImageUpload("logo.svg", "image/svg+xml", TestImages.svg())));

        assertThat(replaced.logoVersion()).isNotEqualTo(first);
        assertThat(partners.logo(partner.id()).orElseThrow().mediaType()).isEqualTo("image/svg+xml");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            script       | image/svg+xml | partner.logo.svg-script
            handler      | image/svg+xml | partner.logo.svg-script
            doctype      | image/svg+xml | partner.logo.svg-doctype
            not-svg      | image/svg+xml | partner.logo.not-svg
            jpeg-as-png  | image/png     | partner.logo.not-png
            jpeg         | image/jpeg    | partner.logo.unsupported-type
            empty        | image/png     | partner.logo.empty
            too-large    | image/png     | partner.logo.too-large
            """)
    void aLogoIsCheckedByItsContentAndARefusedOneChangesNothing(String kind, String mediaType, String code) {
        PartnerOrganisation partner = create("Refus " + kind);

        assertThatThrownBy(() -> asAdmin(() -> partners.uploadLogo(partner.id(),
                new ImageUpload("logo", mediaType, content(kind)))))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(code);
                    assertThat(refusal.field()).isEqualTo("logo");
                });
        assertThat(partners.logo(partner.id())).isEmpty();
        assertThat(partners.get(partner.id()).hasLogo()).isFalse();
    }

    @Test
    void thePagesListPartnersByNameAndTheCountIsTheirNumber() {
        String prefix = "zz-" + UUID.randomUUID().toString().substring(0, 6);
        create(prefix + "-b");
        create(prefix + "-a");
        int count = asAdmin(partners::count);

        var all = asAdmin(() -> partners.page(0, PartnerService.MAX_PAGE));

        assertThat(all).hasSize(Math.min(count, PartnerService.MAX_PAGE));
        assertThat(all).extracting(PartnerOrganisation::name).filteredOn(name -> name.startsWith(prefix))
                .containsExactly(prefix + "-a", prefix + "-b");
        assertThat(asAdmin(() -> partners.page(1, 1))).containsExactly(all.get(1));
        assertThatThrownBy(() -> asAdmin(() -> partners.page(0, PartnerService.MAX_PAGE + 1)))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("partner.page.invalid"));
    }

    @Test
    void theDemoPartnerIsAMuseumWithAWebsiteAndADescription() {
        PartnerOrganisation demo = partners.all().stream()
                .filter(partner -> partner.email().equals("partner@example.org")).findFirst().orElseThrow();

        assertThat(demo.name()).isEqualTo("Musée des Arts et Métiers");
        assertThat(demo.website()).startsWith("https://");
        assertThat(demo.description()).isNotBlank();
    }

    @Test
    void aMemberWhoIsNotAnIssuerAdminMayNeitherListNorChangePartners() {
        PartnerOrganisation partner = create("Interdit");
        var alice = "alice";
        var form = new PartnerForm("Pirate", "https://pirate.example.org", freshAddress("pirate"), "");

        assertThatThrownBy(() -> people.as(alice, () -> partners.page(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(alice, () -> partners.count())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(alice, () -> partners.create(form)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(alice, () -> partners.update(partner.id(), form)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(alice, () -> partners.uploadLogo(partner.id(),
                new ImageUpload("l.png", "image/png", TestImages.png())))).isInstanceOf(AccessDeniedException.class);
        assertThat(partners.get(partner.id())).as("what everyone may read").isEqualTo(partner);
    }

    @Test
    void anUnknownPartnerIsNotFound() {
        PartnerId unknown = new PartnerId(UUID.randomUUID());

        assertThat(partners.find(unknown)).isEmpty();
        assertThatThrownBy(() -> partners.logo(unknown)).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    private static byte[] content(String kind) {
        return switch (kind) {
            case "script" -> TestImages.svgWithScript();
            case "handler" -> TestImages.svgWithEventHandler();
            case "doctype" -> TestImages.svgWithExternalEntity();
            case "not-svg" -> TestImages.xmlThatIsNotSvg();
            case "jpeg-as-png", "jpeg" -> TestImages.jpeg();
            case "empty" -> new byte[0];
            case "too-large" -> TestImages.pngOfSize(512 * 1024 + 1);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private PartnerOrganisation create(String name) {
        return asAdmin(() -> partners.create(new PartnerForm(name, "https://partner.example.org",
                freshAddress(name), "")));
    }

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        return people.as("admin", action);
    }

    private static String freshAddress(String name) {
        return name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
    }
}
