package org.accolade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The whole lifecycle in the browser, as its people live it: alice nominates bob for Citoyen from the catalogue,
 * bob accepts and brings his evidence, claire, david and emma approve, and alice sees the badge awarded. Every
 * word the test looks for comes from the bundles, in the journey's language.
 */
abstract class NominationJourney extends BrowserTest {

    private static final String NARRATIVE = "Bob a animé le conseil de vie lycéenne toute l’année et organisé "
            + "deux débats publics.";

    @Autowired
    private MessageSource messages;

    abstract Locale language();

    @Test
    void aliceNominatesBobWhoAcceptsBringsEvidenceAndIsAwardedTheBadgeByTheJury() {
        open(language().getLanguage());
        String shot = "-" + language().getLanguage();

        signIn("alice", "demo");
        screenshot("home" + shot);
        go("/catalog");
        screenshot("catalogue" + shot);
        pressNear("Citoyen", text("catalog.nominate"));
        fill(text("form.nominate.nomineeEmail"), "bob@example.org");
        fill(text("form.nominate.narrative"), NARRATIVE);
        screenshot("nominate" + shot);
        press(text("nominate.send.NOMINATION"));
        assertThat(browser().getCurrentUrl()).contains("/nominations/");

        signIn("bob", "demo");
        go("/tasks");
        screenshot("tasks" + shot);
        press(text("tasks.open"));
        choose(text("form.accept-nomination.decision.accept"));
        screenshot("task-accept" + shot);
        press(text("task.complete"));
        go("/tasks");
        press(text("tasks.open"));
        fill(text("form.submit-evidence.narrative"), NARRATIVE + " Les comptes rendus sont publics.");
        press(text("task.complete"));

        for (String juror : List.of("claire", "david", "emma")) {
            signIn(juror, "demo");
            go("/tasks");
            press(text("tasks.open"));
            choose(text("form.review-nomination.verdict.approve"));
            fill(text("form.review-nomination.comment"), "Engagement remarquable et bien documenté.");
            if ("emma".equals(juror)) {
                screenshot("task-review" + shot);
            }
            press(text("task.complete"));
        }

        signIn("alice", "demo");
        go("/nominations");
        waitForText(text("nomination.status.AWARDED"));
        screenshot("nominations" + shot);
        assertThat(shows(text("nomination.status.AWARDED"))).isTrue();
    }

    String text(String key) {
        return messages.getMessage(key, null, language());
    }
}
