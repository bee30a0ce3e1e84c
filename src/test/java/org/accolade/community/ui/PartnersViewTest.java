package org.accolade.community.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.accolade.ui.ImageUploadFieldParts.message;
import static org.accolade.ui.ImageUploadFieldParts.preview;
import static org.accolade.ui.ImageUploadFieldParts.previewShown;
import static org.accolade.ui.ImageUploadFieldParts.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import org.accolade.People;
import org.accolade.catalog.TestImages;
import org.accolade.community.PartnerForm;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

class PartnersViewTest extends KaribuTest {

    @Autowired
    private PartnerService partners;

    @Test
    void anIssuerAdminSeesTheDemoPartnerWithItsWebsite() {
        signIn("admin");
        UI.getCurrent().navigate("admin/partners");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Partners");
        int row = rowOf("partner@example.org");
        assertThat(_getFormattedRow(grid(), row)).contains("Musée des Arts et Métiers", "partner@example.org");
        Anchor website = (Anchor) _getCellComponent(grid(), row, "website");
        assertThat(website.getHref()).startsWith("https://");
        assertThat(website.getElement().getAttribute("rel")).contains("noopener");
    }

    @Test
    void anAdminCreatesAPartnerWithALogo() {
        String address = freshAddress();
        byte[] png = TestImages.png();
        signIn("admin");
        UI.getCurrent().navigate("admin/partners");

        _click(_get(Button.class, spec -> spec.withText("New partner")));
        _setValue(field("Name"), "Maison de la Jeunesse");
        _setValue(field("Website"), "https://mj.example.org");
        _setValue(_get(EmailField.class), address);
        _setValue(_get(TextArea.class), "Accueille les projets citoyens.");
        UploadKt._upload(upload(), "logo.png", "image/png", png);
        MockVaadin.clientRoundtrip();
        assertThat(preview().getSrc()).startsWith("data:image/png;base64,");
        assertThat(message().getText()).isEqualTo("New logo checked: it is stored when you save.");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications("The partner Maison de la Jeunesse is added.");
        assertThat(_find(PartnerEditorDialog.class)).isEmpty();
        PartnerOrganisation created = people.as("admin", () -> partners.page(0, PartnerService.MAX_PAGE)).stream()
                .filter(partner -> partner.email().equals(address)).findFirst().orElseThrow();
        assertThat(created.name()).isEqualTo("Maison de la Jeunesse");
        assertThat(partners.logo(created.id()).orElseThrow().content()).isEqualTo(png);
        Image thumbnail = (Image) _getCellComponent(grid(), rowOf(address), "logo");
        assertThat(thumbnail.getSrc()).isEqualTo("api/v1/partners/" + created.id() + "/logo?v="
                + created.logoVersion());
        assertThat(thumbnail.getAlt()).contains("Logo of Maison de la Jeunesse");
    }

    @Test
    void aWebsiteThatIsNotAFullAddressIsRefusedAtTheFieldAndNothingIsSaved() {
        String address = freshAddress();
        signIn("admin");
        UI.getCurrent().navigate("admin/partners");

        _click(_get(Button.class, spec -> spec.withText("New partner")));
        _setValue(field("Name"), "Sans site");
        _setValue(field("Website"), "sans-site.example.org");
        _setValue(_get(EmailField.class), address);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(field("Website").isInvalid()).isTrue();
        assertThat(field("Website").getErrorMessage())
                .isEqualTo("Enter a full web address starting with http:// or https://.");
        assertThat(field("Name").isInvalid()).isFalse();
        assertThat(_find(PartnerEditorDialog.class)).hasSize(1);
        assertThat(people.as("admin", () -> partners.page(0, PartnerService.MAX_PAGE)))
                .extracting(PartnerOrganisation::email).doesNotContain(address);
    }

    @Test
    void anSvgLogoWithAScriptIsRefusedWithItsReasonAndNotStored() {
        PartnerOrganisation partner = create("Logo piégé");
        signIn("admin");
        UI.getCurrent().navigate("admin/partners");

        _click((Button) _getCellComponent(grid(), rowOf(partner.email()), "actions"));
        UploadKt._upload(upload(), "evil.svg", "image/svg+xml", TestImages.svgWithScript());
        MockVaadin.clientRoundtrip();

        assertThat(message().getText()).isEqualTo("This SVG image contains scripts, event handlers or "
                + "embedded pages, which a logo may not have.");
        assertThat(previewShown()).isFalse();
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(partners.logo(partner.id())).as("the refused logo is not stored with the partner").isEmpty();
    }

    @Test
    void anAdminEditsAPartnerAndAnAddressInUseIsRefusedAtTheEmailField() {
        PartnerOrganisation partner = create("Avant");
        signIn("admin");
        UI.getCurrent().navigate("admin/partners");

        _click((Button) _getCellComponent(grid(), rowOf(partner.email()), "actions"));
        PartnerEditorDialog dialog = _get(PartnerEditorDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Edit Avant");
        assertThat(field("Name").getValue()).isEqualTo("Avant");
        _setValue(_get(EmailField.class), "partner@example.org");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_get(EmailField.class).getErrorMessage())
                .isEqualTo("Another partner organisation already uses partner@example.org.");

        _setValue(_get(EmailField.class), partner.email());
        _setValue(field("Name"), "Après");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications("The partner Après is saved.");
        assertThat(partners.get(partner.id()).name()).isEqualTo("Après");
        assertThat(_getFormattedRow(grid(), rowOf(partner.email()))).contains("Après");
    }

    @Test
    void theDirectorySpeaksFrench() {
        signIn("admin");
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("admin/partners");

        assertThat(_get(H2.class).getText()).isEqualTo("Organisations partenaires");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Partenaires");
        assertThat(grid().getColumnByKey("website").getHeaderText()).isEqualTo("Site web");
        assertThat(grid().getColumnByKey("email").getHeaderText()).isEqualTo("E-mail de contact");
        _click(_get(Button.class, spec -> spec.withText("Nouveau partenaire")));
        PartnerEditorDialog dialog = _get(PartnerEditorDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Nouvelle organisation partenaire");
        assertThat(field("Site web").getLabel()).isEqualTo("Site web");
        assertThat(field("Site web").getHelperText()).isEqualTo("L’adresse complète, commençant par https://");
        assertThat(_get(EmailField.class).getHelperText())
                .isEqualTo("Les demandes de soutien sont envoyées à cette adresse.");
        assertThat(_find(Button.class, spec -> spec.withText("Enregistrer"))).hasSize(1);
        assertThat(upload().getI18n().getAddFiles().getOne()).isEqualTo("Choisir un logo…");

        _setValue(field("Nom"), "");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));
        assertThat(field("Nom").getErrorMessage()).isEqualTo("Indiquez le nom de l’organisation.");
    }

    @Test
    void aMemberWhoIsNotAnIssuerAdminIsNotAllowed() {
        signIn("alice");
        UI.getCurrent().navigate("admin/partners");

        assertThat(_find(PartnersView.class)).isEmpty();
        assertThat(_get(H2.class).getText()).isEqualTo("Not allowed");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Partners");
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private Grid<PartnerOrganisation> grid() {
        return _get(PartnersView.class).grid;
    }

    /** The grid's row for this partner, read page by page as a person scrolling would. */
    private int rowOf(String email) {
        Grid<PartnerOrganisation> grid = grid();
        return IntStream.range(0, _size(grid))
                .filter(row -> _getFormattedRow(grid, row).contains(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + email));
    }

    private PartnerOrganisation create(String name) {
        return people.as("admin", () -> partners.create(new PartnerForm(name, "https://p.example.org",
                freshAddress(), "")));
    }

    private static String freshAddress() {
        return "partner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
