package org.accolade.nomination;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accolade.shared.DomainException;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Languages;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.nomination.internal.Eligibility;
import org.accolade.nomination.internal.Nomination;
import org.accolade.nomination.internal.NominationRepository;
import org.accolade.nomination.internal.NominationTimeline;
import org.accolade.nomination.internal.NominationViews;
import org.accolade.nomination.internal.NonMemberQuota;
import org.accolade.nomination.internal.RecognitionProcess;
import org.accolade.nomination.internal.ReviewJury;
import org.accolade.security.CurrentMember;
import org.accolade.tasks.FormOption;
import org.accolade.tasks.FormRepository;
import org.accolade.tasks.FormValidationResult;
import org.accolade.tasks.FormValidator;
import org.accolade.tasks.InvalidSubmissionException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members submit nominations and follow them; the lifecycle itself runs in {@code recognition.bpmn}. */
@Service
@PreAuthorize("hasRole('MEMBER')")
public class NominationService {

    private final NominationRepository nominations;
    private final BadgeClassService badgeClasses;
    private final MemberService members;
    private final FormRepository forms;
    private final FormValidator validator;
    private final Eligibility eligibility;
    private final RecognitionProcess process;
    private final NominationViews views;
    private final NominationTimeline timeline;
    private final ReviewJury reviewJury;
    private final NonMemberQuota quota;
    private final CurrentMember currentMember;
    private final Clock clock;

    NominationService(NominationRepository nominations, BadgeClassService badgeClasses, MemberService members,
            FormRepository forms, FormValidator validator, Eligibility eligibility, RecognitionProcess process,
            NominationViews views, NominationTimeline timeline, ReviewJury reviewJury, NonMemberQuota quota,
            CurrentMember currentMember, Clock clock) {
        this.nominations = nominations;
        this.badgeClasses = badgeClasses;
        this.members = members;
        this.forms = forms;
        this.validator = validator;
        this.eligibility = eligibility;
        this.process = process;
        this.views = views;
        this.timeline = timeline;
        this.reviewJury = reviewJury;
        this.quota = quota;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /**
     * Checks the form and the eligibility rules, then starts the lifecycle; refusals change nothing. A nomination
     * of someone who holds the badge or lacks a prerequisite is answered like any other and stops before the
     * nominee is asked: the nominator must not learn another person's badges (issue 10).
     */
    @Transactional
    public NominationDetails submit(SubmitNomination command) {
        if (command.kind() == null) {
            throw DomainException.invalid("nomination.kind.required", "kind");
        }
        BadgeClass badgeClass = publishedBadgeClass(command.badgeClassId());
        validate(command);
        Member nominator = members.get(currentMember.id());
        boolean invited = command.kind() == NominationKind.NOMINATION && !hasAccount(command.nomineeEmail());
        if (command.kind() == NominationKind.NOMINATION) {
            eligibility.checkNomineeKnown(badgeClass, !invited);
        }
        if (invited) {
            quota.check(nominator.id());
        }
        Member nominee = nomineeOf(command, nominator);
        Eligibility.Admission admission = eligibility.check(badgeClass, nominator, nominee);
        Nomination nomination = Nomination.submit(command.kind(), badgeClass.id(), badgeClass.issuerId(),
                nominator.id(), nominee.id(), command.narrative().trim(), admission.quorum(), invited,
                clock.instant());
        try {
            nominations.save(nomination);
        } catch (DuplicateKeyException raced) {
            throw DomainException.conflict("nomination.duplicate", "nomineeEmail");
        }
        reviewJury.fix(nomination.id(), admission.jury());
        process.start(nomination, badgeClass, admission.stopReason());
        return views.details(nominations.findById(nomination.id().value()).orElseThrow(), nominator.id());
    }

    private boolean hasAccount(String email) {
        return email != null && members.findByEmail(email).filter(Member::hasAccount).isPresent();
    }

    @Transactional(readOnly = true)
    public NominationDetails get(NominationId id) {
        return views.details(visible(id), currentMember.id());
    }

    /** "Where is my nomination?": the steps it went through, for the people who may see it. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(NominationId id) {
        return timeline.of(id, visible(id).involves(currentMember.id()));
    }

    /**
     * Public: the endorsement module shows this to a partner who holds a valid link, and a partner has no account.
     * Only what the nominee would show anyway: their name, their story, and the evidence they consented to show.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public NominationForEndorsement endorsementView(NominationId id) {
        return views.forEndorsement(nominations.findById(id.value())
                .orElseThrow(() -> DomainException.notFound("nomination.unknown", "id")));
    }

    /** The nominations the caller made, or that name them. */
    @Transactional(readOnly = true)
    public List<NominationSummary> mine() {
        return nominations.findInvolving(currentMember.id().value()).stream().map(views::summary).toList();
    }

    /** One page of {@link #mine()}, the newest first, for lists that load lazily. */
    @Transactional(readOnly = true)
    public List<NominationSummary> mine(int offset, int limit) {
        return nominations.findInvolving(currentMember.id().value(), limit, offset).stream()
                .map(views::summary).toList();
    }

    @Transactional(readOnly = true)
    public long countMine() {
        return nominations.countInvolving(currentMember.id().value());
    }

    /** Those of these nominations the caller may see (the ones their tasks are about, say), by id. */
    @Transactional(readOnly = true)
    public Map<NominationId, NominationSummary> summaries(Collection<NominationId> ids) {
        MemberId caller = currentMember.id();
        Map<NominationId, NominationSummary> found = new LinkedHashMap<>();
        nominations.findAllById(ids.stream().map(NominationId::value).toList()).stream()
                .filter(nomination -> views.maySee(nomination, caller))
                .forEach(nomination -> found.put(nomination.id(), views.summary(nomination)));
        return found;
    }

    private Nomination visible(NominationId id) {
        Nomination nomination = nominations.findById(id.value())
                .orElseThrow(() -> DomainException.notFound("nomination.unknown", "id"));
        if (!views.maySee(nomination, currentMember.id())) {
            throw DomainException.forbidden("nomination.not-yours");
        }
        return nomination;
    }

    private BadgeClass publishedBadgeClass(String badgeClassId) {
        if (badgeClassId == null || badgeClassId.isBlank()) {
            throw DomainException.invalid("nomination.badge-class.required", "badgeClassId");
        }
        BadgeClass badgeClass = views.parseBadgeClassId(badgeClassId).flatMap(badgeClasses::find)
                .orElseThrow(() -> DomainException.notFound("badge-class.unknown", "badgeClassId"));
        if (!badgeClass.isPublished()) {
            throw DomainException.invalid("badge-class.unpublished", "badgeClassId");
        }
        return badgeClass;
    }

    private void validate(SubmitNomination command) {
        List<FormOption> catalogue = badgeClasses.publishedNames().entrySet().stream()
                .map(badge -> new FormOption(badge.getValue(), badge.getKey().toString())).toList();
        FormValidationResult result = validator.validate(forms.byId(command.formId()), command.formValues(),
                Map.of("badgeClasses", catalogue));
        if (!result.valid()) {
            throw new InvalidSubmissionException(result.errors());
        }
    }

    private Member nomineeOf(SubmitNomination command, Member nominator) {
        if (command.kind() == NominationKind.REQUEST) {
            return nominator;
        }
        if (MemberService.normalizeEmail(command.nomineeEmail()).equals(nominator.email())) {
            throw DomainException.invalid("nomination.self", "nomineeEmail");
        }
        return members.findOrInvite(command.nomineeEmail(), command.nomineeName(),
                Languages.supported(LocaleContextHolder.getLocale()));
    }
}
