package org.accolade.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.accolade.catalog.Alignment;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.BadgeClassStatus;
import org.accolade.catalog.Deadlines;
import org.accolade.catalog.FormBuilder;
import org.accolade.catalog.ReviewPolicy;
import org.accolade.catalog.TestImages;
import org.accolade.catalog.VerificationMethod;
import org.accolade.catalog.ui.AlignmentsField.Row;
import org.accolade.community.JuryService;
import org.accolade.community.Member;
import org.accolade.ui.KaribuTest;
import org.accolade.ui.ScreenTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

class BadgeClassEditorViewTest extends KaribuTest {

    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private JuryService juries;

    @Test
    void theAdminCreatesADraftBadgeClassThroughTheEditor() {
        Member juror = people.fresh("Joan");
        Member secondJuror = people.fresh("Jim");
        String key = "team-spirit-" + UUID.randomUUID().toString().substring(0, 8);
        BadgeClass citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes/new");
        BadgeClassEditorView editor = _get(BadgeClassEditorView.class);

        _setValue(editor.name, "Team spirit");
        assertThat(editor.key.getValue()).as("a key suggested from the name").isEqualTo("team-spirit");
        _setValue(editor.key, key);
        _setValue(editor.description, "Pulls the team together.");
        _setValue(editor.criteria, "Led a team project to its end and helped each member take part.");
        _setValue(editor.tags, Set.of("team"));
        _setValue(editor.jurors, Set.of(juror.id(), secondJuror.id()));
        _setValue(editor.quorum, 2);
        _setValue(editor.evidenceDays, 20);
        _setValue(editor.validityMonths, 12);
        _setValue(editor.prerequisites, Set.of(citoyen.id()));
        _click(editor.save);

        BadgeClass created = badgeClasses.findByKey(key).orElseThrow();
        assertThat(created.name()).isEqualTo("Team spirit");
        assertThat(created.status()).isEqualTo(BadgeClassStatus.DRAFT);
        assertThat(created.tags()).containsExactly("team");
        assertThat(created.review().quorum()).isEqualTo(2);
        assertThat(created.deadlines().evidencePeriod().toDays()).isEqualTo(20);
        assertThat(created.validity().toTotalMonths()).isEqualTo(12);
        assertThat(created.prerequisites()).containsExactly(citoyen.id());
        assertThat(juries.members(created.review().jury())).containsExactlyInAnyOrder(juror.id(),
                secondJuror.id());
        BadgeClassEditorView reopened = _get(BadgeClassEditorView.class);
        assertThat(reopened.publish.isVisible()).isTrue();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("admin/badge-classes/" + created.id());
    }

    @Test
    void theAdminEditsPublishesAndArchivesABadgeClassThroughTheEditor() {
        Member juror = people.fresh("Jon");
        Member secondJuror = people.fresh("Jane");
        BadgeClass draft = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes/" + draft.id());
        BadgeClassEditorView editor = _get(BadgeClassEditorView.class);
        assertThat(editor.name.getValue()).isEqualTo("Fair player");
        assertThat(editor.jurors.getValue()).containsExactly(juror.id());

        _setValue(editor.name, "Fair player, revised");
        _setValue(editor.jurors, Set.of(juror.id(), secondJuror.id()));
        _setValue(editor.policy, ReviewPolicy.PANEL);
        _click(editor.save);
        BadgeClass saved = badgeClasses.get(draft.id());
        assertThat(saved.name()).isEqualTo("Fair player, revised");
        assertThat(saved.review().policy()).isEqualTo(ReviewPolicy.PANEL);
        assertThat(juries.members(saved.review().jury())).containsExactlyInAnyOrder(juror.id(), secondJuror.id());

        _click(editor.publish);
        assertThat(badgeClasses.get(draft.id()).status()).isEqualTo(BadgeClassStatus.PUBLISHED);
        assertThat(editor.publish.isVisible()).isFalse();
        assertThat(editor.save.isVisible()).isTrue();

        _click(editor.archive);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(badgeClasses.get(draft.id()).status()).isEqualTo(BadgeClassStatus.ARCHIVED);
        assertThat(editor.save.isVisible()).isFalse();
        assertThat(editor.archive.isVisible()).isFalse();
        assertThat(editor.name.isReadOnly()).isTrue();
        assertThat(editor.upload.isVisible()).isFalse();
    }

    @Test
    void theAdminMakesABadgeSignedAndAlignsItAndTheEditorShowsThemWhenReopened() {
        Member juror = people.fresh("Jade");
        BadgeClass draft = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        signIn("admin");
        BadgeClassEditorView editor = open(draft);
        assertThat(editor.verification.getValue()).isEqualTo(VerificationMethod.HOSTED);
        assertThat(editor.alignments.rows()).isEmpty();

        _setValue(editor.verification, VerificationMethod.SIGNED);
        Row first = addAlignment(editor, "Collaborating through digital technologies",
                "https://publications.jrc.ec.europa.eu/repository/handle/JRC128415");
        _setValue(first.targetFramework, "DigComp 2.2");
        _setValue(first.targetCode, "2.4");
        _setValue(first.targetDescription, "Using digital tools for collaborative processes.");
        Row dropped = addAlignment(editor, "Dropped again", "https://example.org/dropped");
        _click(dropped.remove);
        _click(editor.save);

        Alignment expected = new Alignment("Collaborating through digital technologies",
                "https://publications.jrc.ec.europa.eu/repository/handle/JRC128415",
                "Using digital tools for collaborative processes.", "DigComp 2.2", "2.4");
        BadgeClass saved = badgeClasses.get(draft.id());
        assertThat(saved.verification()).isEqualTo(VerificationMethod.SIGNED);
        assertThat(saved.alignments()).containsExactly(expected);

        BadgeClassEditorView reopened = open(draft);
        assertThat(reopened).isNotSameAs(editor);
        assertThat(reopened.verification.getValue()).isEqualTo(VerificationMethod.SIGNED);
        assertThat(reopened.alignments.rows()).singleElement().satisfies(row -> {
            assertThat(row.targetName.getValue()).isEqualTo(expected.targetName());
            assertThat(row.targetUrl.getValue()).isEqualTo(expected.targetUrl());
            assertThat(row.targetFramework.getValue()).isEqualTo("DigComp 2.2");
            assertThat(row.targetCode.getValue()).isEqualTo("2.4");
            assertThat(row.targetDescription.getValue()).isEqualTo(expected.targetDescription());
        });
    }

    @Test
    void anAlignmentToAnAddressThatIsNotAWebPageIsShownOnItsRow() {
        Member juror = people.fresh("Jasper");
        BadgeClass draft = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        signIn("admin");
        BadgeClassEditorView editor = open(draft);

        addAlignment(editor, "Fine", "https://example.org/fine");
        Row wrong = addAlignment(editor, "Teamwork", "example.org/teamwork");
        _click(editor.save);

        assertThat(wrong.targetUrl.isInvalid()).isTrue();
        assertThat(wrong.targetUrl.getErrorMessage())
                .isEqualTo("Give a full web address starting with https:// or http://.");
        assertThat(editor.alignments.rows().get(0).targetUrl.isInvalid()).isFalse();
        assertThat(badgeClasses.get(draft.id()).alignments()).isEmpty();

        _setValue(wrong.targetUrl, "https://example.org/teamwork");
        assertThat(wrong.targetUrl.isInvalid()).as("a change ends the refusal").isFalse();
        _click(editor.save);
        assertThat(badgeClasses.get(draft.id()).alignments()).extracting(Alignment::targetName)
                .containsExactly("Fine", "Teamwork");
    }

    @Test
    void anArchivedBadgeShowsItsAlignmentsReadOnly() {
        Member juror = people.fresh("Jed");
        FormBuilder form = FormBuilder.juredBy(juror.id());
        form.alignments = List.of(new Alignment("Skill", "https://example.org/skill", null, null, null));
        BadgeClass archived = people.as("admin", () -> badgeClasses.archive(badgeClasses.create(form.build()).id()));
        signIn("admin");

        BadgeClassEditorView editor = open(archived);

        assertThat(editor.alignments.add.isVisible()).isFalse();
        assertThat(editor.alignments.rows()).singleElement().satisfies(row -> {
            assertThat(row.targetName.isReadOnly()).isTrue();
            assertThat(row.remove.isVisible()).isFalse();
        });
        assertThat(editor.verification.isReadOnly()).isTrue();
    }

    @Test
    void aKeyTakenByAnotherBadgeClassIsShownNextToTheKeyField() {
        Member juror = people.fresh("Jenna");
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes/new");
        BadgeClassEditorView editor = _get(BadgeClassEditorView.class);
        int before = badgeClasses.published().size();

        fillIn(editor, "Another citizen", "citoyen", juror);
        _click(editor.save);

        assertThat(editor.key.isInvalid()).isTrue();
        assertThat(editor.key.getErrorMessage())
                .isEqualTo("The key “citoyen” is already used by another badge class.");
        assertThat(badgeClasses.findByKey("citoyen").orElseThrow().name()).isEqualTo("Citoyen");
        assertThat(badgeClasses.published()).hasSize(before);
    }

    @Test
    void aReminderAfterItsDueDateIsShownNextToItsField() {
        Member juror = people.fresh("Jeremy");
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes/new");
        BadgeClassEditorView editor = _get(BadgeClassEditorView.class);
        String key = "late-" + UUID.randomUUID().toString().substring(0, 8);

        fillIn(editor, "Late reminder", key, juror);
        _setValue(editor.reviewReminderDays, 14);
        _click(editor.save);

        assertThat(editor.reviewReminderDays.isInvalid()).isTrue();
        assertThat(editor.reviewReminderDays.getErrorMessage())
                .isEqualTo("The reminder must go out before the due date: fewer than 14 days before it.");
        assertThat(badgeClasses.findByKey(key)).isEmpty();
    }

    @Test
    void theAdminSetsThePartnersDeadlinesAndTheEditorShowsThemWhenReopened() {
        Member juror = people.fresh("Jolene");
        BadgeClass draft = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        signIn("admin");
        BadgeClassEditorView editor = open(draft);
        assertThat(editor.endorsementDays.getValue()).isEqualTo(21);
        assertThat(editor.endorsementReminderDays.getValue()).isEqualTo(7);
        assertThat(editor.endorsementReminderDays.getHelperText()).isEqualTo("Days after the request is sent.");

        _setValue(editor.endorsementDays, 28);
        _setValue(editor.endorsementReminderDays, 10);
        _click(editor.save);

        Deadlines saved = badgeClasses.get(draft.id()).deadlines();
        assertThat(saved.endorsementPeriod()).isEqualTo(Duration.ofDays(28));
        assertThat(saved.endorsementReminderAfter()).isEqualTo(Duration.ofDays(10));
        BadgeClassEditorView reopened = open(draft);
        assertThat(reopened).isNotSameAs(editor);
        assertThat(reopened.endorsementDays.getValue()).isEqualTo(28);
        assertThat(reopened.endorsementReminderDays.getValue()).isEqualTo(10);
    }

    @Test
    void anEndorsementReminderOnTheExpiryIsShownNextToItsField() {
        Member juror = people.fresh("Jerome");
        BadgeClass draft = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        signIn("admin");
        BadgeClassEditorView editor = open(draft);

        _setValue(editor.endorsementReminderDays, 21);
        _click(editor.save);

        assertThat(editor.endorsementReminderDays.isInvalid()).isTrue();
        assertThat(editor.endorsementReminderDays.getErrorMessage())
                .isEqualTo("The reminder must go out before the request expires: fewer than 21 days after it is sent.");
        assertThat(badgeClasses.get(draft.id()).deadlines().endorsementReminderAfter()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void emptyRequiredFieldsAreShownBeforeTheServiceIsAsked() {
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes/new");
        BadgeClassEditorView editor = _get(BadgeClassEditorView.class);

        _click(editor.save);

        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(NotificationsKt.getNotifications()).extracting(ScreenTexts::of)
                .anySatisfy(texts -> assertThat(texts).contains("Some fields need correcting."));
    }

    @Test
    void anUploadedPngIsCheckedAtOnceShownAndStoredWhenTheBadgeClassIsSaved() {
        Member juror = people.fresh("Jill");
        BadgeClass draft = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes/" + draft.id());
        BadgeClassEditorView editor = _get(BadgeClassEditorView.class);
        assertThat(editor.preview.getSrc()).startsWith("api/v1/badge-classes/" + draft.id() + "/image?v=");
        byte[] png = TestImages.png();

        UploadKt._upload(editor.upload, "medal.png", "image/png", png);
        MockVaadin.clientRoundtrip();

        assertThat(editor.preview.getSrc()).startsWith("data:image/png;base64,");
        assertThat(editor.imageMessage.getText()).isEqualTo("New image checked: it is stored when you save.");
        assertThat(badgeClasses.image(draft.id()).placeholder()).as("not stored before saving").isTrue();

        _click(editor.save);

        assertThat(badgeClasses.image(draft.id()).content()).isEqualTo(png);
        assertThat(editor.preview.getSrc()).isEqualTo("api/v1/badge-classes/" + draft.id() + "/image?v="
                + badgeClasses.image(draft.id()).etag());
    }

    @Test
    void anSvgWithAScriptIsRefusedWithItsReasonAndNothingIsStored() {
        Member juror = people.fresh("Josh");
        BadgeClass draft = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes/" + draft.id());
        BadgeClassEditorView editor = _get(BadgeClassEditorView.class);

        UploadKt._upload(editor.upload, "evil.svg", "image/svg+xml", TestImages.svgWithScript());
        MockVaadin.clientRoundtrip();

        assertThat(editor.imageMessage.getText()).isEqualTo("This SVG image contains scripts, event handlers or "
                + "embedded pages, which a badge image may not have.");
        _click(editor.save);
        assertThat(badgeClasses.image(draft.id()).placeholder()).isTrue();
    }

    @Test
    void theEditorSpeaksFrench() {
        Member juror = people.fresh("Julie");
        BadgeClass draft = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        speak(Locale.FRENCH);
        signIn("admin");

        UI.getCurrent().navigate("admin/badge-classes/" + draft.id());

        BadgeClassEditorView editor = _get(BadgeClassEditorView.class);
        _click(editor.alignments.add);
        assertThat(editor.save.getText()).isEqualTo("Enregistrer");
        assertThat(editor.evidenceReminderDays.getLabel()).isEqualTo("Rappel pour les preuves");
        assertThat(editor.endorsementReminderDays.getLabel()).isEqualTo("Rappel pour le soutien");
        assertThat(ScreenTexts.of(editor)).contains("Badge : Fair player", "Statut : Brouillon",
                "Le jury décide collégialement", "Hébergée", "Signée", "Adresse web");
        assertThat(ScreenTexts.untranslated(editor)).isEmpty();

        _setValue(editor.quorum, 5);
        _click(editor.save);
        assertThat(editor.quorum.getErrorMessage()).isEqualTo("Le quorum ne peut pas dépasser le nombre de jurés (1).");
        _click(editor.archive);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Archiver « Fair player » ?");
        assertThat(ScreenTexts.untranslated(dialog)).isEmpty();
    }

    /** The editor of this badge class, freshly opened from another screen. */
    private static BadgeClassEditorView open(BadgeClass badge) {
        UI.getCurrent().navigate("admin/badge-classes");
        UI.getCurrent().navigate("admin/badge-classes/" + badge.id());
        return _get(BadgeClassEditorView.class);
    }

    private static Row addAlignment(BadgeClassEditorView editor, String name, String url) {
        _click(editor.alignments.add);
        Row row = editor.alignments.rows().get(editor.alignments.rows().size() - 1);
        _setValue(row.targetName, name);
        _setValue(row.targetUrl, url);
        return row;
    }

    private static void fillIn(BadgeClassEditorView editor, String name, String key, Member juror) {
        _setValue(editor.name, name);
        _setValue(editor.key, key);
        _setValue(editor.description, "A description.");
        _setValue(editor.criteria, "Some criteria.");
        _setValue(editor.jurors, Set.of(juror.id()));
    }
}
