package org.accolade.issuance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.FormBuilder;
import org.accolade.ui.ScreenTexts;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

class BadgeClassViewTest extends BadgeScreenTest {

    @Test
    void aStrangerReadsWhatAPublishedBadgeRecognisesAndTakes() {
        BadgeClassId expert = badgeClass("expert-numerique");

        UI.getCurrent().navigate("badge-classes/" + expert);

        assertThat(_get(H1.class).getText()).isEqualTo("Expert numérique");
        assertThat(_get(Image.class, spec -> spec.withAttribute("alt", "Expert numérique")).getSrc())
                .isEqualTo("/api/v1/badge-classes/" + expert + "/image");
        assertThat(_get(Paragraph.class, spec -> spec.withId("badge-class-issuer")).getText())
                .isEqualTo("Issued by Collège démo des Trois-Clochers");
        assertThat(ScreenTexts.text(_get(BadgeClassView.class))).contains("Maîtrise les outils numériques");
        assertThat(section("badge-criteria")).contains("A mené un projet numérique abouti");
        assertThat(section("badge-tags")).contains("démo").contains("expert-numerique");
        assertThat(section("badge-alignments")).contains("DigComp 2.2").contains("1.1 Browsing, searching");
    }

    @Test
    void aDraftIsNoBadgeYet() {
        BadgeClass draft = people.as("admin",
                () -> badgeClasses.create(FormBuilder.juredBy(people.fresh("Juror").id()).build()));

        UI.getCurrent().navigate("badge-classes/" + draft.id());

        assertThat(_get(H1.class).getText()).isEqualTo("No such badge");
        assertThat(ScreenTexts.text(_get(BadgeClassView.class))).doesNotContain(draft.name());
    }

    private static String section(String id) {
        return ScreenTexts.text(_get(Section.class, spec -> spec.withId(id)));
    }
}
