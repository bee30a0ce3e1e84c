package org.accolade.issuance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.issuance.EndorsementIssuance;
import org.accolade.issuance.HostedCredentials;
import org.accolade.issuance.IssueBadge;
import org.accolade.issuance.IssueBadges;
import org.accolade.issuance.IssueEndorsement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Badges and endorsements issued before Open Badges 3.0 get their credentials when the application starts. */
@SharedApplicationTest
class OpenBadges3BackfillTest {

    @Autowired
    private OpenBadges3Backfill backfill;
    @Autowired
    private AssertionService assertions;
    @Autowired
    private EndorsementIssuance endorsementIssuance;
    @Autowired
    private HostedCredentials documents;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private PartnerService partners;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aBadgeAndItsEndorsementIssuedBefore3GetTheirCredentialsDatedAsIssued() throws Exception {
        PartnerOrganisation partner = partners.all().get(0);
        IssueBadge award = IssueBadges.to(new People(members, users).fresh("Albane"),
                badgeClasses.findByKey("expert-numerique").orElseThrow().id());
        UUID endorsementId = UUID.randomUUID();
        endorsementIssuance.issue(new IssueEndorsement(endorsementId,
                new EndorsedSubject(EndorsedSubject.Type.ASSERTION, award.assertionId().value()), partner.id(),
                "Albane taught our volunteers.", "Marie Curie", "Director", Instant.now()));
        var issued = assertions.issue(award).badge();
        forgetCredentials(award.assertionId().value(), endorsementId);
        assertThat(documents.credential(issued.id())).isEmpty();

        backfill.run(null);
        backfill.run(null);

        JsonNode credential = new ObjectMapper().readTree(documents.credential(issued.id()).orElseThrow());
        assertThat(credential.path("validFrom").asText()).isEqualTo(issued.issuedOn().toString());
        assertThat(credential.at("/endorsement/0/credentialSubject/endorsementComment").asText())
                .isEqualTo("Albane taught our volunteers.");
        assertThat(endorsementIssuance.credential(endorsementId)).isPresent();
        assertThat(jdbc.sql("select media_type from baked_credential_image where assertion_id = ? order by 1")
                .param(issued.id().value()).query(String.class).list()).containsExactly("image/png", "image/svg+xml");
    }

    /** As the database was before migration V16. */
    private void forgetCredentials(UUID assertionId, UUID endorsementId) {
        jdbc.sql("delete from baked_credential_image where assertion_id = ?").param(assertionId).update();
        jdbc.sql("delete from credential where assertion_id = ?").param(assertionId).update();
        jdbc.sql("update issued_endorsement set credential = null where id = ?").param(endorsementId).update();
    }
}
