package org.accolade.issuance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accolade.community.PartnerId;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.issuance.internal.EndorsementRecord;
import org.accolade.issuance.internal.EndorsementRepository;
import org.accolade.issuance.internal.OpenBadges2Documents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' approvals as Open Badges 2.0 Endorsements: recorded by the endorsement module when a partner endorses,
 * hosted at {@code /ob/v2/endorsements/{id}}, and listed by the object they endorse.
 */
@Service
@Transactional(readOnly = true)
public class EndorsementIssuance {

    private final EndorsementRepository endorsements;
    private final OpenBadges2Documents documents;
    private final PartnerService partners;
    private final OpenBadgesUrls urls;

    EndorsementIssuance(EndorsementRepository endorsements, OpenBadges2Documents documents, PartnerService partners,
            OpenBadgesUrls urls) {
        this.endorsements = endorsements;
        this.documents = documents;
        this.partners = partners;
        this.urls = urls;
    }

    /** Idempotent: recording the same endorsement id again changes nothing. */
    @Transactional
    public void issue(IssueEndorsement command) {
        if (!endorsements.existsById(command.id())) {
            endorsements.save(EndorsementRecord.of(command));
        }
    }

    public int count(EndorsedSubject subject) {
        return endorsements.countBySubjectTypeAndSubjectId(subject.type().name(), subject.id());
    }

    public Optional<String> document(UUID id) {
        return endorsements.findById(id).map(endorsement -> documents.endorsement(endorsement).toString());
    }

    /** What the public page of the endorsed object shows, oldest first. */
    public List<PublicEndorsement> of(EndorsedSubject subject) {
        List<EndorsementRecord> found = endorsements
                .findBySubjectTypeAndSubjectIdOrderByIssuedOn(subject.type().name(), subject.id());
        if (found.isEmpty()) {
            return List.of();
        }
        Map<PartnerId, PartnerOrganisation> byId = partners.all().stream()
                .collect(Collectors.toMap(PartnerOrganisation::id, Function.identity()));
        return found.stream().map(endorsement -> publicView(endorsement, byId.get(endorsement.partnerId()))).toList();
    }

    private PublicEndorsement publicView(EndorsementRecord endorsement, PartnerOrganisation partner) {
        return new PublicEndorsement(endorsement.getId(), urls.endorsement(endorsement.getId()),
                endorsement.partnerId(), partner == null ? "" : partner.name(),
                partner == null ? null : partner.website(), endorsement.comment(), endorsement.endorserName(),
                endorsement.endorserRole(), endorsement.issuedOn());
    }
}
