package org.accolade.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.accolade.EmbeddedPostgresDatabase;
import org.accolade.IndependentVerifiers;
import org.accolade.People;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.IssuerService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.HostedCredentials;
import org.accolade.issuance.IssueBadges;
import org.accolade.issuance.IssuedBadge;
import org.accolade.issuance.internal.AssertionRepository;
import org.accolade.issuance.internal.OpenBadges3Issuance;
import org.accolade.shared.credentials.DataIntegrityProof;
import org.accolade.shared.credentials.Ed25519;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Open Badges 3.0 figures of docs/benchmarks.md, on PostgreSQL: Data Integrity proofs ({@code eddsa-rdfc-2022})
 * made and checked per second on one thread, the same credential signed and verified by Digital Bazaar's JavaScript
 * in the same run, and what the credential adds to each issuance. Not a test:
 * {@code ./mvnw -Pbenchmark test -Dtest=CredentialBenchmark}.
 */
@Tag("benchmark")
@ActiveProfiles({ "postgres", "demo" })
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
class CredentialBenchmark {

    private static final int PROOFS = Integer.getInteger("benchmark.proofs", 1000);
    private static final int ISSUANCES = Integer.getInteger("benchmark.issuances", 200);

    @Autowired
    private AssertionService assertions;
    @Autowired
    private HostedCredentials documents;
    @Autowired
    private OpenBadges3Issuance credentials;
    @Autowired
    private AssertionRepository records;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private IssuerService issuers;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transaction;

    private final ObjectMapper json = new ObjectMapper();
    private double lastIssuanceMillis;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Test
    void proofsPerSecondOnOneThreadAgainstDigitalBazaarInTheSameRun() throws Exception {
        ObjectNode unsigned = (ObjectNode) json.readTree(documents.credential(issue(1).get(0).id()).orElseThrow());
        unsigned.remove("proof");
        KeyPair key = Ed25519.generate();
        String method = "did:key:" + Ed25519.multikey(key.getPublic()) + "#" + Ed25519.multikey(key.getPublic());
        ObjectNode signed = DataIntegrityProof.sign(unsigned, key.getPrivate(), method, Instant.now());

        double signs = perSecond(() -> DataIntegrityProof.sign(unsigned, key.getPrivate(), method, Instant.now()));
        double verifies = perSecond(() -> {
            assertThat(DataIntegrityProof.verify(signed, signed.get("proof"), key.getPublic())).isTrue();
            return null;
        });
        IndependentVerifiers.Benchmark javascript = IndependentVerifiers.benchmarkSigning(unsigned, PROOFS);

        System.out.printf("%nBENCHMARK eddsa-rdfc-2022 on one thread, a %d-byte credential, %d proofs each:%n"
                + "  Accolade (Java, Titanium): %.0f signed/s, %.0f verified/s%n"
                + "  Digital Bazaar (Node.js): %.0f signed/s, %.0f verified/s%n"
                + "  ratio Accolade / Digital Bazaar: signing %.2f, verifying %.2f%n", unsigned.toString().length(),
                PROOFS, signs, verifies, javascript.perSecond(),
                javascript.verifyPerSecond(), signs / javascript.perSecond(), verifies / javascript.verifyPerSecond());
    }

    @Test
    void whatTheCredentialAddsToEachIssuance() {
        issue(ISSUANCES / 4);
        List<IssuedBadge> badges = issue(ISSUANCES);
        double issuance = lastIssuanceMillis / ISSUANCES;

        badges.forEach(badge -> forgetCredential(badge.id().value()));
        long start = System.nanoTime();
        badges.forEach(badge -> transaction.executeWithoutResult(status -> issueCredential(badge.id().value())));
        double credential = (System.nanoTime() - start) / 1e6 / ISSUANCES;

        System.out.printf("%nBENCHMARK issuance on PostgreSQL, %d badges of citoyen, one thread: %.1f ms per "
                + "issuance (2.0 assertion and 3.0 credential), of which the 3.0 credential %.1f ms (%.0f %%): "
                + "built, two proofs (Data Integrity and VC-JWT), a status list bit, stored, baked%n", ISSUANCES,
                issuance, credential, 100 * credential / issuance);
    }

    private void forgetCredential(UUID assertion) {
        jdbc.sql("delete from baked_credential_image where assertion_id = ?").param(assertion).update();
        jdbc.sql("delete from credential where assertion_id = ?").param(assertion).update();
    }

    private void issueCredential(UUID assertion) {
        var record = records.findById(assertion).orElseThrow();
        BadgeClass badge = badgeClasses.get(record.badgeClassId());
        credentials.issue(record, badge, issuers.get(badge.issuerId()), badgeClasses.image(badge.id()));
    }

    /** Issues to members created beforehand: creating an account (its password hash) is not issuance. */
    private List<IssuedBadge> issue(int count) {
        People people = new People(members, users);
        BadgeClass citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
        List<Member> holders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            holders.add(people.fresh("Bench"));
        }
        List<IssuedBadge> badges = new ArrayList<>();
        long start = System.nanoTime();
        holders.forEach(holder -> badges.add(assertions.issue(IssueBadges.to(holder, citoyen.id())).badge()));
        lastIssuanceMillis = (System.nanoTime() - start) / 1e6;
        return badges;
    }

    /** Warm-up of a third, then {@link #PROOFS} timed calls. */
    private static double perSecond(Callable<?> call) throws Exception {
        for (int i = 0; i < PROOFS / 3; i++) {
            call.call();
        }
        long start = System.nanoTime();
        for (int i = 0; i < PROOFS; i++) {
            call.call();
        }
        return PROOFS / ((System.nanoTime() - start) / 1e9);
    }
}
