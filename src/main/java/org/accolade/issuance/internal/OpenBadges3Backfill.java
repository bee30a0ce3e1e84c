package org.accolade.issuance.internal;

import java.util.List;
import java.util.UUID;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.IssuerService;
import org.accolade.community.PartnerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, gives the badges and endorsements issued before Open Badges 3.0 their credentials, dated as they
 * were issued: every award is then a verifiable credential. Each in its own transaction, so that a node starting at
 * the same time as another loses a race on one credential (its primary key) and carries on with the next.
 */
@Component
class OpenBadges3Backfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(OpenBadges3Backfill.class);

    private final JdbcClient jdbc;
    private final AssertionRepository assertions;
    private final EndorsementRepository endorsements;
    private final OpenBadges3Issuance credentials;
    private final BadgeClassService badgeClasses;
    private final IssuerService issuers;
    private final PartnerService partners;
    private final TransactionTemplate transaction;

    OpenBadges3Backfill(JdbcClient jdbc, AssertionRepository assertions, EndorsementRepository endorsements,
            OpenBadges3Issuance credentials, BadgeClassService badgeClasses, IssuerService issuers,
            PartnerService partners, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.assertions = assertions;
        this.endorsements = endorsements;
        this.credentials = credentials;
        this.badgeClasses = badgeClasses;
        this.issuers = issuers;
        this.partners = partners;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        // Endorsements first: an award's credential embeds the credentials of its endorsements.
        List<UUID> unsignedEndorsements = jdbc.sql("select id from issued_endorsement where credential is null")
                .query(UUID.class).list();
        unsignedEndorsements.forEach(id -> once(() -> signEndorsement(id)));
        List<UUID> withoutCredential = jdbc.sql("select a.id from assertion a left join credential c "
                + "on c.assertion_id = a.id where c.assertion_id is null order by a.issued_on")
                .query(UUID.class).list();
        withoutCredential.forEach(id -> once(() -> issueCredential(id)));
        if (!unsignedEndorsements.isEmpty() || !withoutCredential.isEmpty()) {
            LOG.info("Open Badges 3.0: signed {} earlier endorsements and {} earlier badges",
                    unsignedEndorsements.size(), withoutCredential.size());
        }
    }

    private void signEndorsement(UUID id) {
        EndorsementRecord endorsement = endorsements.findById(id).orElseThrow();
        if (endorsement.credential().isEmpty()) {
            endorsement.signedAs(credentials.endorsementCredential(endorsement, partners.get(endorsement.partnerId())));
            endorsements.save(endorsement);
        }
    }

    private void issueCredential(UUID id) {
        AssertionRecord assertion = assertions.findById(id).orElseThrow();
        BadgeClass badge = badgeClasses.get(assertion.badgeClassId());
        credentials.issue(assertion, badge, issuers.get(badge.issuerId()), badgeClasses.image(badge.id()));
    }

    private void once(Runnable step) {
        try {
            transaction.executeWithoutResult(status -> step.run());
        } catch (DataIntegrityViolationException anotherNodeDidIt) {
            LOG.debug("another node signed it first", anotherNodeDidIt);
        }
    }
}
