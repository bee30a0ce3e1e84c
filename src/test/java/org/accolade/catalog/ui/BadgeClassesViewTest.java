package org.accolade.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.BadgeClassStatus;
import org.accolade.catalog.BadgeClassSummary;
import org.accolade.catalog.FormBuilder;
import org.accolade.community.Membership;
import org.accolade.security.CurrentMember;
import org.accolade.ui.KaribuTest;
import org.accolade.shell.MainLayout;
import org.accolade.ui.NotAllowedView;
import org.accolade.ui.ScreenTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;

class BadgeClassesViewTest extends KaribuTest {

    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private CurrentMember currentMember;
    @Autowired
    private AuthenticationContext authentication;

    @Test
    void theAdminSeesEveryBadgeClassInALazyGridWithItsKeyStatusPolicyAndJurySize() {
        signIn("admin");

        UI.getCurrent().navigate("admin/badge-classes");

        BadgeClassesView view = _get(BadgeClassesView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(people.as("admin", () -> badgeClasses.count(null)));
        BadgeClassSummary sentinelle = GridKt._findAll(view.grid).stream()
                .filter(line -> line.key().equals("sentinelle")).findFirst().orElseThrow();
        int row = GridKt._findAll(view.grid).indexOf(sentinelle);
        assertThat(GridKt._getFormatted(view.grid, row, "key")).isEqualTo("sentinelle");
        assertThat(GridKt._getFormatted(view.grid, row, "status")).isEqualTo("Published");
        assertThat(GridKt._getFormatted(view.grid, row, "policy")).isEqualTo("The panel decides together");
        assertThat(GridKt._getFormatted(view.grid, row, "jury")).isEqualTo("3");
    }

    @Test
    void theStatusFilterShowsOnlyTheBadgeClassesWithThatStatus() {
        var juror = people.fresh("Jasper");
        BadgeClass archived = people.as("admin", () -> badgeClasses.archive(
                badgeClasses.create(FormBuilder.juredBy(juror.id()).build()).id()));
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes");
        BadgeClassesView view = _get(BadgeClassesView.class);

        _setValue(view.statusFilter, BadgeClassStatus.ARCHIVED);

        List<BadgeClassSummary> lines = GridKt._findAll(view.grid);
        assertThat(lines).extracting(BadgeClassSummary::id).contains(archived.id());
        assertThat(lines).extracting(BadgeClassSummary::key).doesNotContain("citoyen");
        for (int row = 0; row < lines.size(); row++) {
            assertThat(GridKt._getFormatted(view.grid, row, "status")).isEqualTo("Archived");
        }
    }

    @Test
    void ursulaSeesOnlyTheUniversitysBadgeClassesWithoutAnOrganisationColumn() {
        signIn("ursula");

        UI.getCurrent().navigate("admin/badge-classes");

        BadgeClassesView view = _get(BadgeClassesView.class);
        assertThat(GridKt._findAll(view.grid)).isNotEmpty()
                .allMatch(line -> line.organisationId().equals(people.university()))
                .extracting(BadgeClassSummary::key).contains("tutorat").doesNotContain("citoyen");
        assertThat(view.grid.getColumnByKey("organisation").isVisible()).isFalse();
    }

    @Test
    void anAdminOfTwoOrganisationsSeesBothWithTheOrganisationOfEach() {
        var twoHats = people.freshIn("Hector", Membership.admin(people.college()),
                Membership.admin(people.university()));
        signIn(twoHats.email());

        UI.getCurrent().navigate("admin/badge-classes");

        BadgeClassesView view = _get(BadgeClassesView.class);
        List<BadgeClassSummary> lines = GridKt._findAll(view.grid);
        assertThat(lines).extracting(BadgeClassSummary::key).contains("tutorat", "citoyen");
        assertThat(view.grid.getColumnByKey("organisation").isVisible()).isTrue();
        int tutorat = lines.stream().map(BadgeClassSummary::key).toList().indexOf("tutorat");
        assertThat(GridKt._getFormatted(view.grid, tutorat, "organisation")).isEqualTo("Université démo");
    }

    @Test
    void theNewBadgeClassButtonOpensAnEmptyEditor() {
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes");

        _click(_get(Button.class, spec -> spec.withText("New badge class")));

        _assertOne(BadgeClassEditorView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEmpty();
        _assertNone(Button.class, spec -> spec.withText("Publish"));
        _assertNone(Button.class, spec -> spec.withText("Archive"));
    }

    @Test
    void aMemberOpeningTheAdminPagesGetsTheNotAllowedPage() {
        signIn("alice");

        UI.getCurrent().navigate("admin/badge-classes");
        assertThat(_find(NotAllowedView.class)).hasSize(1);
        assertThat(_find(BadgeClassesView.class)).isEmpty();

        UI.getCurrent().navigate("admin/badge-classes/new");
        assertThat(_find(NotAllowedView.class)).hasSize(1);
        assertThat(_find(BadgeClassEditorView.class)).isEmpty();
    }

    @Test
    void theAdminsMenuHasTheBadgeClassesEntryAndAMembersHasNoAdminEntry() {
        signIn("admin");
        assertThat(menuOfTheSignedInPerson()).contains("admin/badge-classes");
        assertThat(menuLabelsOfTheSignedInPerson()).contains("Badge classes");

        signIn("alice");
        assertThat(menuOfTheSignedInPerson()).noneMatch(path -> path.startsWith("admin"));
    }

    @Test
    void theListSpeaksFrench() {
        speak(Locale.FRENCH);
        signIn("admin");

        UI.getCurrent().navigate("admin/badge-classes");

        BadgeClassesView view = _get(BadgeClassesView.class);
        assertThat(view.grid.getColumnByKey("status").getHeaderText()).isEqualTo("Statut");
        int row = GridKt._findAll(view.grid).stream().map(BadgeClassSummary::key).toList().indexOf("citoyen");
        assertThat(GridKt._getFormatted(view.grid, row, "status")).isEqualTo("Publié");
        assertThat(ScreenTexts.of(view)).contains("Gestion des badges", "Nouveau badge");
        assertThat(ScreenTexts.untranslated(view)).isEmpty();
        view.grid.getColumns().forEach(column -> assertThat(column.getHeaderText()).doesNotContain("!"));
    }

    /** The menu as the shell builds it for whoever is signed in now. */
    private List<String> menuOfTheSignedInPerson() {
        MainLayout layout = new MainLayout(currentMember, members, authentication);
        return _find(layout, SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }

    private List<String> menuLabelsOfTheSignedInPerson() {
        MainLayout layout = new MainLayout(currentMember, members, authentication);
        return _find(layout, SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
