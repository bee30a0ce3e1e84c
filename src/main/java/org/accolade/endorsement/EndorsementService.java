package org.accolade.endorsement;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;

import org.accolade.community.PartnerId;
import org.accolade.community.PartnerOrganisation;
import org.accolade.endorsement.internal.EndorsementLifecycle;
import org.accolade.endorsement.internal.EndorsementProcess;
import org.accolade.endorsement.internal.EndorsementRequest;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.issuance.EndorsementIssuance;
import org.accolade.issuance.IssueEndorsement;
import org.accolade.issuance.PublicEndorsement;
import org.accolade.endorsement.internal.EndorsementRequestRepository;
import org.accolade.endorsement.internal.PartnerDirectory;
import org.accolade.endorsement.internal.Subjects;
import org.accolade.security.CurrentMember;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.accolade.shared.SecretToken;
import org.accolade.tasks.FormRepository;
import org.accolade.tasks.FormValidationResult;
import org.accolade.tasks.FormValidator;
import org.accolade.tasks.InvalidSubmissionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuer admins ask partners to endorse a badge class or the issuer, and follow their requests; a partner answers
 * through the link in their email, whose token is the only credential (no account). Each request runs in
 * {@code endorsement.bpmn}, which reminds the partner and expires the request.
 */
@Service
@Transactional
public class EndorsementService {

    public static final String FORM_ID = "endorse";
    private static final int MAX_PAGE_SIZE = 200;

    private final EndorsementRequestRepository requests;
    private final EndorsementIssuance endorsements;
    private final EndorsementLifecycle lifecycle;
    private final EndorsementProcess process;
    private final PartnerDirectory partners;
    private final Subjects subjects;
    private final FormRepository forms;
    private final FormValidator validator;
    private final CurrentMember current;
    private final Clock clock;

    EndorsementService(EndorsementRequestRepository requests, EndorsementIssuance endorsements,
            EndorsementLifecycle lifecycle, EndorsementProcess process, PartnerDirectory partners, Subjects subjects,
            FormRepository forms, FormValidator validator, CurrentMember current, Clock clock) {
        this.requests = requests;
        this.endorsements = endorsements;
        this.lifecycle = lifecycle;
        this.process = process;
        this.partners = partners;
        this.subjects = subjects;
        this.forms = forms;
        this.validator = validator;
        this.current = current;
        this.clock = clock;
    }

    /**
     * Asks a partner to endorse a badge class or the issuer: starts the process, which emails the partner a link.
     * Awards are asked for by the recognition lifecycle, which knows their nomination. The organisation whose subject
     * it is asks, so only its admins may; another organisation's subject answers 404 as an unknown one. Any partner
     * of the network may be asked; an unknown one is refused by the process's first step, so nothing starts.
     */
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public EndorsementRequestId request(PartnerId partner, EndorsedSubject subject) {
        if (subject.type() == EndorsedSubject.Type.ASSERTION) {
            throw DomainException.invalid("endorsement.subject.award-by-lifecycle", "subjectType");
        }
        OrganisationId asking = subjects.askingOrganisation(subject, current.administered());
        // One open question per partner and subject: resend the link rather than ask again.
        if (requests.existsByPartnerIdAndSubjectTypeAndSubjectIdAndStatus(partner.value(), subject.type().name(),
                subject.id(), EndorsementStatus.PENDING)) {
            throw DomainException.conflict("endorsement.request.pending", "partnerId");
        }
        return process.start(asking, partner, subject, subjects.deadlines(subject));
    }

    /**
     * The organisations the caller may ask for, by name: those they administer, for their profile and badge
     * classes.
     */
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    @Transactional(readOnly = true)
    public Map<OrganisationId, String> askingOrganisations() {
        return current.administered().stream()
                .collect(Collectors.toMap(Function.identity(), subjects::organisationName));
    }

    /** A new link for a request still waiting; the previous link stops working. */
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public void resend(EndorsementRequestId id) {
        lifecycle.resend(administered(id).id());
    }

    /** Withdraws a request still waiting: its link stops working and its process ends. */
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public void cancel(EndorsementRequestId id) {
        EndorsementRequest request = administered(id);
        request.cancel();
        requests.save(request);
        process.cancelled(id);
    }

    /**
     * One page of the requests of the organisations the caller administers, the newest first; {@code status} null
     * lists them all.
     */
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    @Transactional(readOnly = true)
    public List<EndorsementRequestSummary> page(EndorsementStatus status, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Offset must be 0 or more and limit between 1 and " + MAX_PAGE_SIZE);
        }
        List<UUID> organisations = administeredIds();
        if (organisations.isEmpty()) {
            return List.of();
        }
        List<EndorsementRequest> page = status == null ? requests.page(organisations, limit, offset)
                : requests.page(organisations, status.name(), limit, offset);
        Map<PartnerId, PartnerOrganisation> names = partners.byId();
        return page.stream().map(request -> summary(request, names.get(request.partnerId()))).toList();
    }

    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    @Transactional(readOnly = true)
    public long count(EndorsementStatus status) {
        List<UUID> organisations = administeredIds();
        if (organisations.isEmpty()) {
            return 0;
        }
        return status == null ? requests.count(organisations) : requests.count(organisations, status.name());
    }

    /** A request of an organisation the caller administers; another's answers 404 as an unknown one (ADR 17). */
    private EndorsementRequest administered(EndorsementRequestId id) {
        EndorsementRequest request = lifecycle.get(id);
        current.checkAdministers(request.organisationId(), "endorsement.request.unknown", id);
        return request;
    }

    private List<UUID> administeredIds() {
        return current.administered().stream().map(OrganisationId::value).toList();
    }

    /**
     * Public, the token is the credential: what the partner is asked to endorse.
     *
     * @throws DomainException 404 for a token no request has (any more), 410 when its request was answered, has
     *                         expired or was cancelled
     */
    @Transactional(readOnly = true)
    public EndorsementAsk describe(String token) {
        EndorsementRequest request = answerable(token);
        Subjects.SubjectView subject = subjects.view(request.subject(), request.nominationId());
        return new EndorsementAsk(partners.get(request.partnerId()).name(), subject.issuer().name(),
                request.subject().type(),
                subject.issuer(), subject.badge(), subject.award(), request.expiresAt(), FORM_ID);
    }

    /**
     * Public, the token is the credential: records the partner's answer to the {@code endorse} form, uses the token
     * up and lets the process go on. A refused call changes nothing.
     *
     * @throws DomainException             404 or 410 as {@link #describe}
     * @throws InvalidSubmissionException 400, the form's rules, per field
     */
    public EndorsementDecision decide(String token, Map<String, Object> values) {
        EndorsementRequest request = answerable(token);
        FormValidationResult result = validator.validate(forms.byId(FORM_ID), values, Map.of());
        if (!result.valid()) {
            throw new InvalidSubmissionException(result.errors());
        }
        Map<String, Object> answer = result.values();
        boolean endorse = "endorse".equals(answer.get("decision"));
        request.decide(endorse, (String) answer.get("comment"), (String) answer.get("endorserName"),
                blankToNull(answer.get("endorserRole")), clock.instant());
        requests.save(request);
        UUID endorsementId = endorse ? issueEndorsement(request) : null;
        process.decided(request.id(), endorse);
        return new EndorsementDecision(request.status(), endorsementId);
    }

    /** Public: the endorsements a subject received, the oldest first, as its Open Badges documents list them. */
    @Transactional(readOnly = true)
    public List<PublicEndorsement> endorsementsOf(EndorsedSubject subject) {
        return endorsements.of(subject);
    }

    /** The issuance module hosts the approval as an Open Badges Endorsement, issued by the partner's profile. */
    private UUID issueEndorsement(EndorsementRequest request) {
        UUID id = UUID.randomUUID();
        endorsements.issue(new IssueEndorsement(id, request.subject(),
                request.partnerId(), request.comment(), request.endorserName(), request.endorserRole(),
                request.decidedAt()));
        return id;
    }

    private EndorsementRequest answerable(String token) {
        EndorsementRequest request = requests.findByTokenHash(SecretToken.hash(token == null ? "" : token))
                .orElseThrow(() -> DomainException.notFound("endorsement.unknown", "token"));
        request.checkAnswerable(clock.instant());
        return request;
    }

    /** The subject's issuer is the organisation that asks: the one whose subject it is. */
    private EndorsementRequestSummary summary(EndorsementRequest request, PartnerOrganisation partner) {
        Subjects.SubjectView subject = subjects.view(request.subject(), request.nominationId());
        return new EndorsementRequestSummary(request.id(), request.organisationId(), subject.issuer().name(),
                request.partnerId(), partner.name(), request.subject(), subject.name(), request.status(),
                request.createdAt(), request.expiresAt(), request.remindedAt(), request.decidedAt());
    }

    private static String blankToNull(Object value) {
        return value instanceof String text && !text.isBlank() ? text : null;
    }
}
