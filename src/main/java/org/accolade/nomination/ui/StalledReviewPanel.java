package org.accolade.nomination.ui;

import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.accolade.community.MemberId;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationDetails.Person;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.StalledReview;
import org.accolade.nomination.StalledReviewService;
import org.accolade.shared.DomainException;
import org.accolade.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * For an issuer admin who is not part of the nomination, once its review is overdue and escalated: decide with
 * the votes in hand (offered only when they reach the quorum), or give a missing juror's vote to another juror.
 */
class StalledReviewPanel extends Section {

    private final StalledReviewService stalledReviews;
    private final NominationId id;
    private final Runnable refresh;

    StalledReviewPanel(StalledReviewService stalledReviews, NominationId id, StalledReview review, Runnable refresh) {
        this.stalledReviews = stalledReviews;
        this.id = id;
        this.refresh = refresh;
        setId("nomination-stalled-review");
        setWidthFull();
        String missing = review.missing().stream().map(Person::name).collect(Collectors.joining(", "));
        add(new H2(getTranslation("nomination.stalled")), new Paragraph(getTranslation("nomination.stalled.intro",
                review.round(), review.votesInHand(), review.quorum(), missing)));
        add(review.decidable() ? decide() : new Paragraph(getTranslation("nomination.stalled.short")));
        add(review.replacements().isEmpty() ? new Paragraph(getTranslation("nomination.stalled.no-replacement"))
                : replace(review));
    }

    private Button decide() {
        Button decide = new Button(getTranslation("nomination.stalled.decide"),
                click -> act(() -> stalledReviews.decideWithVotesInHand(id),
                        getTranslation("nomination.stalled.decided")));
        decide.setId("stalled-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return decide;
    }

    private HorizontalLayout replace(StalledReview review) {
        Select<Person> missing = people("nomination.stalled.missing");
        missing.setItems(review.missing());
        missing.setValue(review.missing().get(0));
        Select<Person> replacement = people("nomination.stalled.replacement");
        replacement.setItems(review.replacements());
        replacement.setValue(review.replacements().get(0));
        Button replace = new Button(getTranslation("nomination.stalled.replace"), click -> act(
                () -> stalledReviews.replaceJuror(id, member(missing.getValue()), member(replacement.getValue())),
                getTranslation("nomination.stalled.replaced", replacement.getValue().name(),
                        missing.getValue().name())));
        replace.setId("stalled-replace");
        HorizontalLayout line = new HorizontalLayout(missing, replacement, replace);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return line;
    }

    private Select<Person> people(String labelKey) {
        Select<Person> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItemLabelGenerator(Person::name);
        return select;
    }

    private void act(Supplier<NominationDetails> action, String done) {
        try {
            action.get();
            Notices.done(done);
            refresh.run();
        } catch (DomainException refused) {
            Notices.refused(this, refused);
        }
    }

    private static MemberId member(Person person) {
        return person == null ? null : new MemberId(person.id());
    }
}
