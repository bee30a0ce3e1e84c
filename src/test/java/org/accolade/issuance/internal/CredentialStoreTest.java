package org.accolade.issuance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.MemberService;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.IssueBadges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two issuances that draw the same status bit at the same instant: the second is told, inside its own transaction,
 * which stays usable, and stores its credential with another bit.
 */
@SharedApplicationTest
class CredentialStoreTest {

    @Autowired
    private CredentialStore credentials;
    @Autowired
    private AssertionService assertions;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transaction;

    @Test
    void aTakenStatusBitIsRefusedWithoutSpoilingTheTransactionAndAnotherIsStored() {
        UUID first = issuedWithoutCredential("Anouk");
        UUID second = issuedWithoutCredential("Basile");
        UUID issuer = UUID.randomUUID();

        boolean[] outcomes = transaction.execute(status -> new boolean[] {
                credentials.saveUnlessTaken(first, new StatusEntry(issuer, 0, 7), "{}", "a.b.c"),
                credentials.saveUnlessTaken(second, new StatusEntry(issuer, 0, 7), "{}", "a.b.c"),
                credentials.saveUnlessTaken(second, new StatusEntry(issuer, 0, 8), "{}", "a.b.c") });

        assertThat(outcomes).containsExactly(true, false, true);
        assertThat(jdbc.sql("select status_index from credential where issuer_id = ? order by 1").param(issuer)
                .query(Integer.class).list()).containsExactly(7, 8);
    }

    private UUID issuedWithoutCredential(String name) {
        UUID id = assertions.issue(IssueBadges.to(new People(members, users).fresh(name),
                badgeClasses.findByKey("citoyen").orElseThrow().id())).badge().id().value();
        jdbc.sql("delete from baked_credential_image where assertion_id = ?").param(id).update();
        jdbc.sql("delete from credential where assertion_id = ?").param(id).update();
        return id;
    }
}
