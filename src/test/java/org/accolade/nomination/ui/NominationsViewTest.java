package org.accolade.nomination.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.accolade.community.Member;
import org.accolade.nomination.NominationDetails;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;

class NominationsViewTest extends MemberScreenTest {

    @Test
    void aMemberSeesTheNominationsTheyMadeAndThoseNamingThemNewestFirst() {
        Member nina = people.fresh("Nina");
        steps.nominate(nina.email(), people.fresh("Bob"), "citoyen");
        Member carl = people.fresh("Carl");
        steps.nominate(carl.email(), nina, "solidaire");
        signIn(nina.email());

        UI.getCurrent().navigate("nominations");

        Grid<?> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0)).contains("Nina", "Carl", "Nomination", "In progress",
                "Waiting for the nominee to accept");
        assertThat(_getFormattedRow(grid, 1)).contains("Bob", "Nina");
    }

    @Test
    void clickingANominationOpensIt() {
        Member nina = people.fresh("Nina");
        NominationDetails nomination = steps.nominate(nina.email(), people.fresh("Bob"), "citoyen");
        signIn(nina.email());
        UI.getCurrent().navigate("nominations");

        _clickItem(_get(Grid.class), 0);

        _get(NominationView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("nominations/" + nomination.id());
    }

    @Test
    void aMemberWithoutNominationsIsToldHowToMakeOne() {
        signIn(people.fresh("Nina").email());

        UI.getCurrent().navigate("nominations");

        Grid<?> grid = _get(Grid.class);
        assertThat(_size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).contains("Open the catalogue");
    }

    @Test
    void theListSpeaksFrench() {
        Member nina = people.fresh("Nina");
        steps.nominate(nina.email(), people.fresh("Bob"), "citoyen");
        signIn(nina.email());
        speak(Locale.FRENCH);

        UI.getCurrent().navigate("nominations");

        assertThat(_get(H1.class).getText()).isEqualTo("Mes nominations");
        assertThat(_getFormattedRow(_get(Grid.class), 0)).contains("En cours",
                "En attente de la réponse de la personne nommée");
    }
}
