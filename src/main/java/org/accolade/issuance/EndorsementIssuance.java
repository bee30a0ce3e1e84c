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
import org.accolade.issuance.internal.OpenBadges3Issuance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' approvals as Open Badges 2.0 Endorsements and 3.0 EndorsementCredentials: recorded by the endorsement
 * module when a partner endorses, hosted at {@code /ob/v2/endorsements/{id}} and {@code /ob/v3/endorsements/{id}},
 * and listed by the object they endorse.
 */
@Service
@Transactional(readOnly = true)
public class EndorsementIssuance {

    private final EndorsementRepository endorsements;
    private final OpenBadges2Documents documents;
    private final PartnerService partners;
    private final OpenBadges3Issuance credentials;
    private final OpenBadgesUrls urls;

    EndorsementIssuance(EndorsementRepository endorsements, OpenBadges2Documents documents, PartnerService partners,
            OpenBadges3Issuance credentials, OpenBadgesUrls urls) {
        this.endorsements = endorsements;
        this.documents = documents;
        this.partners = partners;
        this.credentials = credentials;
        this.urls = urls;
    }

    /**
     * Records the approval and signs it as the partner's EndorsementCredential. Idempotent: recording the same
     * endorsement id again changes nothing.
     */
    @Transactional
    public void issue(IssueEndorsement command) {
        if (!endorsements.existsById(command.id())) {
            EndorsementRecord endorsement = EndorsementRecord.of(command);
            endorsement.signedAs(credentials.endorsementCredential(endorsement, partners.get(command.partner())));
            endorsements.save(endorsement);
        }
    }

    public int count(EndorsedSubject subject) {
        return endorsements.countBySubjectTypeAndSubjectId(subject.type().name(), subject.id());
    }

    public Optional<String> document(UUID id) {
        return endorsements.findById(id).map(endorsement -> documents.endorsement(endorsement).toString());
    }

    /** The Open Badges 3.0 EndorsementCredential, as signed when the partner endorsed. */
    public Optional<String> credential(UUID id) {
        return endorsements.findById(id).flatMap(EndorsementRecord::credential);
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
