package org.accolade.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.accolade.ui.ImageUploadFieldParts.message;
import static org.accolade.ui.ImageUploadFieldParts.preview;
import static org.accolade.ui.ImageUploadFieldParts.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.accolade.catalog.Alignment;
import org.accolade.catalog.Audience;
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
import org.accolade.community.Membership;
import org.accolade.shared.OrganisationId;
import org.accolade.ui.KaribuTest;
import org.accolade.ui.ScreenTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

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

        _setValue(field("Name"), "Team spirit");
        assertThat(field("Key").getValue()).as("a key suggested from the name").isEqualTo("team-spirit");
        _setValue(field("Key"), key);
        _setValue(area("Description"), "Pulls the team together.");
        _setValue(area("Criteria"), "Led a team project to its end and helped each member take part.");
        _setValue(_get(TagsField.class), List.of("team"));
        _setValue(select("Jurors"), Set.of(juror.id(), secondJuror.id()));
        _setValue(number("Quorum"), 2);
        _setValue(number("Time to bring evidence"), 20);
        _setValue(number("Validity"), 12);
        _setValue(select("Prerequisite badges"), Set.of(citoyen.id()));
        _click(button("Save"));

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
        _assertOne(Button.class, spec -> spec.withText("Publish"));
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
        assertThat(field("Name").getValue()).isEqualTo("Fair player");
        assertThat(select("Jurors").getValue()).containsExactly(juror.id());

        _setValue(field("Name"), "Fair player, revised");
        _setValue(select("Jurors"), Set.of(juror.id(), secondJuror.id()));
        _setValue(radio("Review policy"), ReviewPolicy.PANEL);
        _click(button("Save"));
        BadgeClass saved = badgeClasses.get(draft.id());
        assertThat(saved.name()).isEqualTo("Fair player, revised");
        assertThat(saved.review().policy()).isEqualTo(ReviewPolicy.PANEL);
        assertThat(juries.members(saved.review().jury())).containsExactlyInAnyOrder(juror.id(), secondJuror.id());

        _click(button("Publish"));
        assertThat(badgeClasses.get(draft.id()).status()).isEqualTo(BadgeClassStatus.PUBLISHED);
        _assertNone(Button.class, spec -> spec.withText("Publish"));
        _assertOne(Button.class, spec -> spec.withText("Save"));

        _click(button("Archive"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(badgeClasses.get(draft.id()).status()).isEqualTo(BadgeClassStatus.ARCHIVED);
        _assertNone(Button.class, spec -> spec.withText("Save"));
        _assertNone(Button.class, spec -> spec.withText("Archive"));
        assertThat(field("Name").isReadOnly()).isTrue();
        _assertNone(Upload.class);
    }

    @Test
    void theAdminMakesABadgeSignedAndAlignsItAndTheEditorShowsThemWhenReopened() {
        Member juror = people.fresh("Jade");
        BadgeClass draft = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        signIn("admin");
        BadgeClassEditorView editor = open(draft);
        assertThat(radio("Verification").getValue()).isEqualTo(VerificationMethod.HOSTED);
        assertThat(rows()).isEmpty();

        _setValue(radio("Verification"), VerificationMethod.SIGNED);
        Row first = addAlignment("Collaborating through digital technologies",
                "https://publications.jrc.ec.europa.eu/repository/handle/JRC128415");
        _setValue(part(first, "Framework"), "DigComp 2.2");
        _setValue(part(first, "Code"), "2.4");
        _setValue(_get(first, TextArea.class), "Using digital tools for collaborative processes.");
        Row dropped = addAlignment("Dropped again", "https://example.org/dropped");
        _click(_get(dropped, Button.class));
        _click(button("Save"));

        Alignment expected = new Alignment("Collaborating through digital technologies",
                "https://publications.jrc.ec.europa.eu/repository/handle/JRC128415",
                "Using digital tools for collaborative processes.", "DigComp 2.2", "2.4");
        BadgeClass saved = badgeClasses.get(draft.id());
        assertThat(saved.verification()).isEqualTo(VerificationMethod.SIGNED);
        assertThat(saved.alignments()).containsExactly(expected);

        BadgeClassEditorView reopened = open(draft);
        assertThat(reopened).isNotSameAs(editor);
        assertThat(radio("Verification").getValue()).isEqualTo(VerificationMethod.SIGNED);
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(part(row, "Competence").getValue()).isEqualTo(expected.targetName());
            assertThat(part(row, "Web address").getValue()).isEqualTo(expected.targetUrl());
            assertThat(part(row, "Framework").getValue()).isEqualTo("DigComp 2.2");
            assertThat(part(row, "Code").getValue()).isEqualTo("2.4");
            assertThat(_get(row, TextArea.class).getValue()).isEqualTo(expected.targetDescription());
        });
    }

    @Test
    void anAlignmentToAnAddressThatIsNotAWebPageIsShownOnItsRow() {
        Member juror = people.fresh("Jasper");
        BadgeClass draft = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        signIn("admin");
        open(draft);

        addAlignment("Fine", "https://example.org/fine");
        Row wrong = addAlignment("Teamwork", "example.org/teamwork");
        _click(button("Save"));

        assertThat(part(wrong, "Web address").isInvalid()).isTrue();
        assertThat(part(wrong, "Web address").getErrorMessage())
                .isEqualTo("Give a full web address starting with https:// or http://.");
        assertThat(part(rows().get(0), "Web address").isInvalid()).isFalse();
        assertThat(badgeClasses.get(draft.id()).alignments()).isEmpty();

        _setValue(part(wrong, "Web address"), "https://example.org/teamwork");
        assertThat(part(wrong, "Web address").isInvalid()).as("a change ends the refusal").isFalse();
        _click(button("Save"));
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

        open(archived);

        _assertNone(Button.class, spec -> spec.withText("Add an alignment"));
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(part(row, "Competence").isReadOnly()).isTrue();
            assertThat(_find(row, Button.class)).isEmpty();
        });
        assertThat(radio("Verification").isReadOnly()).isTrue();
    }

    @Test
    void aKeyTakenByAnotherBadgeClassIsShownNextToTheKeyField() {
        Member juror = people.fresh("Jenna");
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes/new");
        int before = badgeClasses.published().size();

        fillIn("Another citizen", "citoyen", juror);
        _click(button("Save"));

        assertThat(field("Key").isInvalid()).isTrue();
        assertThat(field("Key").getErrorMessage())
                .isEqualTo("The key “citoyen” is already used by another badge class.");
        assertThat(badgeClasses.findByKey("citoyen").orElseThrow().name()).isEqualTo("Citoyen");
        assertThat(badgeClasses.published()).hasSize(before);
    }

    @Test
    void aReminderAfterItsDueDateIsShownNextToItsField() {
        Member juror = people.fresh("Jeremy");
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes/new");
        String key = "late-" + UUID.randomUUID().toString().substring(0, 8);

        fillIn("Late reminder", key, juror);
        _setValue(number("Review reminder"), 14);
        _click(button("Save"));

        assertThat(number("Review reminder").isInvalid()).isTrue();
        assertThat(number("Review reminder").getErrorMessage())
                .isEqualTo("The reminder must go out before the due date: fewer than 14 days before it.");
        assertThat(badgeClasses.findByKey(key)).isEmpty();
    }

    @Test
    void theAdminSetsThePartnersDeadlinesAndTheEditorShowsThemWhenReopened() {
        Member juror = people.fresh("Jolene");
        BadgeClass draft = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        signIn("admin");
        BadgeClassEditorView editor = open(draft);
        assertThat(number("Time for partners to endorse").getValue()).isEqualTo(21);
        assertThat(number("Endorsement reminder").getValue()).isEqualTo(7);
        assertThat(number("Endorsement reminder").getHelperText()).isEqualTo("Days after the request is sent.");

        _setValue(number("Time for partners to endorse"), 28);
        _setValue(number("Endorsement reminder"), 10);
        _click(button("Save"));

        Deadlines saved = badgeClasses.get(draft.id()).deadlines();
        assertThat(saved.endorsementPeriod()).isEqualTo(Duration.ofDays(28));
        assertThat(saved.endorsementReminderAfter()).isEqualTo(Duration.ofDays(10));
        BadgeClassEditorView reopened = open(draft);
        assertThat(reopened).isNotSameAs(editor);
        assertThat(number("Time for partners to endorse").getValue()).isEqualTo(28);
        assertThat(number("Endorsement reminder").getValue()).isEqualTo(10);
    }

    @Test
    void anEndorsementReminderOnTheExpiryIsShownNextToItsField() {
        Member juror = people.fresh("Jerome");
        BadgeClass draft = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        signIn("admin");
        open(draft);

        _setValue(number("Endorsement reminder"), 21);
        _click(button("Save"));

        assertThat(number("Endorsement reminder").isInvalid()).isTrue();
        assertThat(number("Endorsement reminder").getErrorMessage())
                .isEqualTo("The reminder must go out before the request expires: fewer than 21 days after it is sent.");
        assertThat(badgeClasses.get(draft.id()).deadlines().endorsementReminderAfter()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void emptyRequiredFieldsAreShownBeforeTheServiceIsAsked() {
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes/new");

        _click(button("Save"));

        assertThat(field("Name").isInvalid()).isTrue();
        assertThat(field("Name").getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(ScreenTexts.notifications()).contains("Some fields need correcting.");
    }

    @Test
    void anUploadedPngIsCheckedAtOnceShownAndStoredWhenTheBadgeClassIsSaved() {
        Member juror = people.fresh("Jill");
        BadgeClass draft = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes/" + draft.id());
        assertThat(preview().getSrc()).startsWith("api/v1/badge-classes/" + draft.id() + "/image?v=");
        byte[] png = TestImages.png();

        UploadKt._upload(upload(), "medal.png", "image/png", png);
        MockVaadin.clientRoundtrip();

        assertThat(preview().getSrc()).startsWith("data:image/png;base64,");
        assertThat(message().getText()).isEqualTo("New image checked: it is stored when you save.");
        assertThat(badgeClasses.image(draft.id()).placeholder()).as("not stored before saving").isTrue();

        _click(button("Save"));

        assertThat(badgeClasses.image(draft.id()).content()).isEqualTo(png);
        assertThat(preview().getSrc()).isEqualTo("api/v1/badge-classes/" + draft.id() + "/image?v="
                + badgeClasses.image(draft.id()).etag());
    }

    @Test
    void anSvgWithAScriptIsRefusedWithItsReasonAndNothingIsStored() {
        Member juror = people.fresh("Josh");
        BadgeClass draft = people.as("admin", () -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes/" + draft.id());

        UploadKt._upload(upload(), "evil.svg", "image/svg+xml", TestImages.svgWithScript());
        MockVaadin.clientRoundtrip();

        assertThat(message().getText()).isEqualTo("This SVG image contains scripts, event handlers or "
                + "embedded pages, which a badge image may not have.");
        _click(button("Save"));
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
        _click(button("Ajouter un alignement"));
        _assertOne(Button.class, spec -> spec.withText("Enregistrer"));
        _assertOne(IntegerField.class, spec -> spec.withLabel("Rappel pour les preuves"));
        _assertOne(IntegerField.class, spec -> spec.withLabel("Rappel pour le soutien"));
        assertThat(ScreenTexts.of(editor)).contains("Badge : Fair player", "Statut : Brouillon",
                "Le jury décide collégialement", "Hébergée", "Signée", "Adresse web");
        assertThat(ScreenTexts.untranslated(editor)).isEmpty();

        _setValue(number("Quorum"), 5);
        _click(button("Enregistrer"));
        assertThat(number("Quorum").getErrorMessage())
                .isEqualTo("Le quorum ne peut pas dépasser le nombre de jurés (1).");
        _click(button("Archiver"));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Archiver « Fair player » ?");
        assertThat(ScreenTexts.untranslated(dialog)).isEmpty();
    }

    @Test
    void theAdminChoosesWhoMayBeNominatedAmongExplainedChoicesAndTheEditorShowsItWhenReopened() {
        Member juror = people.fresh("Jade");
        Member outsider = people.freshIn("Ulla", Membership.member(people.university()));
        String key = "open-to-all-" + UUID.randomUUID().toString().substring(0, 8);
        signIn("admin");
        UI.getCurrent().navigate("admin/badge-classes/new");

        Select<Audience> audience = choice("Who may be nominated");
        assertThat(audience.getValue()).isEqualTo(Audience.INVITATION);
        assertThat(audience.getItemLabelGenerator().apply(Audience.ORGANISATION))
                .isEqualTo("Only the members of the organisation that awards it");
        _assertNone(Select.class, spec -> spec.withLabel("Organisation"));
        assertThat(select("Jurors").getListDataView().getItems()).contains(juror.id())
                .doesNotContain(outsider.id());
        fillIn("Open to all", key, juror);
        _setValue(audience, Audience.NETWORK);
        _click(button("Save"));

        BadgeClass created = badgeClasses.findByKey(key).orElseThrow();
        assertThat(created.audience()).isEqualTo(Audience.NETWORK);
        assertThat(created.issuerId()).isEqualTo(people.college());
        open(created);
        assertThat(choice("Who may be nominated").getValue()).isEqualTo(Audience.NETWORK);
    }

    @Test
    void anAdminOfTwoOrganisationsChoosesOneForANewBadgeClassAndItsMembersAreTheJurorsOffered() {
        Member collegeMember = people.fresh("Carla");
        Member universityMember = people.freshIn("Ulrich", Membership.member(people.university()));
        Member twoHats = people.freshIn("Helga", Membership.admin(people.college()),
                Membership.admin(people.university()));
        String key = "peer-tutor-" + UUID.randomUUID().toString().substring(0, 8);
        signIn(twoHats.email());
        UI.getCurrent().navigate("admin/badge-classes/new");

        Select<OrganisationId> organisation = choice("Organisation");
        assertThat(organisation.getListDataView().getItems()).containsExactlyInAnyOrder(people.college(),
                people.university());
        assertThat(select("Jurors").getListDataView().getItems()).isEmpty();
        _setValue(organisation, people.university());
        assertThat(select("Jurors").getListDataView().getItems()).contains(universityMember.id())
                .doesNotContain(collegeMember.id());
        fillIn("Peer tutor", key, universityMember);
        _click(button("Save"));

        BadgeClass created = badgeClasses.findByKey(key).orElseThrow();
        assertThat(created.issuerId()).isEqualTo(people.university());
        open(created);
        assertThat(choice("Organisation").getValue()).isEqualTo(people.university());
        assertThat(choice("Organisation").isReadOnly()).isTrue();
    }

    @Test
    void anotherOrganisationsBadgeClassDoesNotOpenInTheEditor() {
        BadgeClass tutorat = badgeClasses.findByKey("tutorat").orElseThrow();
        signIn("admin");

        UI.getCurrent().navigate("admin/badge-classes/" + tutorat.id());

        _assertNone(BadgeClassEditorView.class);
    }

    /** The editor of this badge class, freshly opened from another screen. */
    private static BadgeClassEditorView open(BadgeClass badge) {
        UI.getCurrent().navigate("admin/badge-classes");
        UI.getCurrent().navigate("admin/badge-classes/" + badge.id());
        return _get(BadgeClassEditorView.class);
    }

    private static Row addAlignment(String name, String url) {
        _click(button("Add an alignment"));
        Row row = rows().get(rows().size() - 1);
        _setValue(part(row, "Competence"), name);
        _setValue(part(row, "Web address"), url);
        return row;
    }

    private static void fillIn(String name, String key, Member juror) {
        _setValue(field("Name"), name);
        _setValue(field("Key"), key);
        _setValue(area("Description"), "A description.");
        _setValue(area("Criteria"), "Some criteria.");
        _setValue(select("Jurors"), Set.of(juror.id()));
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static TextArea area(String label) {
        return _get(TextArea.class, spec -> spec.withLabel(label));
    }

    private static IntegerField number(String label) {
        return _get(IntegerField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static <T> MultiSelectComboBox<T> select(String label) {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> choice(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radio(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    /** The alignments' rows, in order. */
    private static List<Row> rows() {
        return _find(Row.class);
    }

    private static TextField part(Row row, String label) {
        return _get(row, TextField.class, spec -> spec.withLabel(label));
    }
}
