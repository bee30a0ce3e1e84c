package org.accolade.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.accolade.mail.MailTemplate;
import org.accolade.mail.TemplateModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class MailRendererTests {

    private static final MailRenderer renderer = new MailRenderer(ZoneId.of("Europe/Paris"));

    @ParameterizedTest
    @EnumSource(MailTemplate.class)
    void everyTemplateRendersInFrenchAndEnglishWithAFullModel(MailTemplate template) {
        RenderedMail french = renderer.render(template, Locale.FRENCH, TemplateModels.full(template));
        RenderedMail english = renderer.render(template, Locale.ENGLISH, TemplateModels.full(template));

        // The operators' alerts name no badge, only ids and a link.
        String printed = Set.of(MailTemplate.MAIL_STALLED, MailTemplate.ISSUANCE_INCIDENT).contains(template)
                ? "https://accolade.example/" : "Analytical Thinking";
        for (RenderedMail mail : List.of(french, english)) {
            assertThat(mail.subject()).isNotBlank().doesNotContain("{{", "}}", "\n");
            assertThat(mail.body()).isNotBlank().doesNotContain("{{", "}}").doesNotStartWith("Subject:");
            assertThat(mail.subject() + mail.body()).contains(printed);
        }
        assertThat(french.language()).isEqualTo(MailLanguage.FR);
        assertThat(english.language()).isEqualTo(MailLanguage.EN);
        assertThat(french.subject()).isNotEqualTo(english.subject());
        assertThat(french.body()).isNotEqualTo(english.body()).contains("L’équipe Accolade");
        assertThat(english.body()).contains("The Accolade team");
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("everyKeyOfEveryTemplate")
    void aModelMissingAnyKeyItsTemplateUsesIsRefused(MailTemplate template, String key) {
        Map<String, Object> model = TemplateModels.full(template);
        model.remove(key);

        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            assertThatIllegalArgumentException().isThrownBy(() -> renderer.render(template, language, model))
                    .withMessageContaining(key);
        }
    }

    static Stream<Arguments> everyKeyOfEveryTemplate() {
        return Stream.of(MailTemplate.values())
                .flatMap(template -> TemplateModels.full(template).keySet().stream()
                        .map(key -> Arguments.of(template, key)));
    }

    @Test
    void aNullValueIsRefusedLikeAMissingKey() {
        Map<String, Object> model = TemplateModels.full(MailTemplate.OUTCOME_APPROVED);
        model.put("badgeName", null);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> renderer.render(MailTemplate.OUTCOME_APPROVED, Locale.FRENCH, model))
                .withMessageContaining("badgeName");
    }

    @Test
    void anyLanguageOtherThanFrenchOrEnglishGetsEnglish() {
        Map<String, Object> model = TemplateModels.full(MailTemplate.OUTCOME_APPROVED);
        RenderedMail english = renderer.render(MailTemplate.OUTCOME_APPROVED, Locale.ENGLISH, model);

        assertThat(renderer.render(MailTemplate.OUTCOME_APPROVED, Locale.GERMAN, model)).isEqualTo(english);
        assertThat(renderer.render(MailTemplate.OUTCOME_APPROVED, null, model)).isEqualTo(english);
        assertThat(renderer.render(MailTemplate.OUTCOME_APPROVED, Locale.CANADA_FRENCH, model).language())
                .isEqualTo(MailLanguage.FR);
    }

    @Test
    void datesAreWrittenInTheReadersLanguageInTheConfiguredZone() {
        // 23:30 UTC on the 12th is already the 13th in Paris.
        Map<String, Object> model = TemplateModels.full(MailTemplate.REVIEW_REMINDER);

        assertThat(renderer.render(MailTemplate.REVIEW_REMINDER, Locale.FRENCH, model).subject())
                .endsWith("avant le 13 mars 2025");
        assertThat(renderer.render(MailTemplate.REVIEW_REMINDER, Locale.ENGLISH, model).subject())
                .endsWith("nomination by March 13, 2025");

        model.put("dueDate", ZonedDateTime.parse("2025-03-12T23:30:00Z[UTC]"));
        assertThat(renderer.render(MailTemplate.REVIEW_REMINDER, Locale.FRENCH, model).body())
                .contains("avant le 13 mars 2025");
        model.put("dueDate", LocalDate.of(2025, 4, 2));
        assertThat(renderer.render(MailTemplate.REVIEW_REMINDER, Locale.ENGLISH, model).body())
                .contains("by April 2, 2025");
    }

    @Test
    void anInvitationWithoutARecipientNameGreetsNeutrally() {
        Map<String, Object> model = TemplateModels.full(MailTemplate.INVITATION);
        model.put("recipientName", "");

        assertThat(renderer.render(MailTemplate.INVITATION, Locale.FRENCH, model).body()).startsWith("Bonjour,\n");
        assertThat(renderer.render(MailTemplate.INVITATION, Locale.ENGLISH, model).body()).startsWith("Hello,\n");
        model.put("recipientName", "Ada");
        assertThat(renderer.render(MailTemplate.INVITATION, Locale.FRENCH, model).body()).startsWith("Bonjour Ada,\n");
    }

    @Test
    void aMemberInvitationNamesTheInviterAndTheNetworkAndGivesTheLinkAndItsEnd() {
        Map<String, Object> model = TemplateModels.full(MailTemplate.MEMBER_INVITATION);

        RenderedMail french = renderer.render(MailTemplate.MEMBER_INVITATION, Locale.FRENCH, model);
        assertThat(french.subject()).isEqualTo("Charles Babbage vous invite à rejoindre Analytical Thinking Society");
        assertThat(french.body()).startsWith("Bonjour Ada Lovelace,\n")
                .contains("Créez votre compte avec ce lien personnel :\nhttps://accolade.example/invite/abc123\n")
                .contains("valable jusqu’au 13 mars 2025");
        RenderedMail english = renderer.render(MailTemplate.MEMBER_INVITATION, Locale.ENGLISH, model);
        assertThat(english.subject()).isEqualTo("Charles Babbage invites you to join Analytical Thinking Society");
        assertThat(english.body()).startsWith("Hello Ada Lovelace,\n")
                .contains("personal link:\nhttps://accolade.example/invite/abc123\n")
                .contains("valid until March 13, 2025");
        model.put("recipientName", "");
        assertThat(renderer.render(MailTemplate.MEMBER_INVITATION, Locale.FRENCH, model).body())
                .startsWith("Bonjour,\n");
        assertThat(renderer.render(MailTemplate.MEMBER_INVITATION, Locale.ENGLISH, model).body())
                .startsWith("Hello,\n");
    }

    @Test
    void aDeclinedNominationQuotesTheNomineesMessageOnlyWhenThereIsOne() {
        Map<String, Object> model = TemplateModels.full(MailTemplate.NOMINATION_DECLINED);

        assertThat(renderer.render(MailTemplate.NOMINATION_DECLINED, Locale.FRENCH, model).body())
                .contains("Son message :\n« Thank you, but not this year. »");
        model.put("message", "");
        assertThat(renderer.render(MailTemplate.NOMINATION_DECLINED, Locale.FRENCH, model).body())
                .doesNotContain("Son message").doesNotContain("\n\n\n");
    }

    @Test
    void listsAreWrittenOneItemPerLineUnderTheirHeading() {
        Map<String, Object> model = TemplateModels.full(MailTemplate.OUTCOME_REVISE);

        assertThat(renderer.render(MailTemplate.OUTCOME_REVISE, Locale.ENGLISH, model).body()).contains("""
                before deciding.

                Their comments:
                - Show the notes on the engine.
                - Add a reference.

                You can update""");
        model.put("comments", List.of());
        assertThat(renderer.render(MailTemplate.OUTCOME_REVISE, Locale.ENGLISH, model).body())
                .contains("before deciding.\n\nYou can update").doesNotContain("Their comments");
        assertThat(renderer.render(MailTemplate.REVIEW_ESCALATION, Locale.FRENCH,
                TemplateModels.full(MailTemplate.REVIEW_ESCALATION)).body())
                .contains("avis :\n- Grace Hopper\n- Édouard Lucas\n\nVous pouvez");
    }

    @Test
    void anExpiredNominationSaysWhyItExpired() {
        Map<String, Object> model = TemplateModels.full(MailTemplate.NOMINATION_EXPIRED);

        assertThat(renderer.render(MailTemplate.NOMINATION_EXPIRED, Locale.FRENCH, model).body())
                .contains("les preuves n’ont pas été déposées dans le délai prévu").doesNotContain("acceptée");
        model.put("reason", "acceptance");
        assertThat(renderer.render(MailTemplate.NOMINATION_EXPIRED, Locale.ENGLISH, model).body())
                .contains("because it was not accepted in time").doesNotContain("evidence");
        model.put("reason", "boredom");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> renderer.render(MailTemplate.NOMINATION_EXPIRED, Locale.ENGLISH, model))
                .withMessageContaining("reason");
    }

    @Test
    void valuesArePrintedAsTheyAreInPlainText() {
        Map<String, Object> model = TemplateModels.full(MailTemplate.OUTCOME_APPROVED);
        model.put("nomineeName", "Seán O'Brien & <Co>");

        assertThat(renderer.render(MailTemplate.OUTCOME_APPROVED, Locale.ENGLISH, model).body())
                .startsWith("Hello Seán O'Brien & <Co>,");
    }
}
