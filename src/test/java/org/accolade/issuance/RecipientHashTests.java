package org.accolade.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class RecipientHashTests {

    /** Computed once outside Java: printf '%s' 'alice@example.orgdeadbeef' | sha256sum */
    private static final String ALICE_DEADBEEF =
            "sha256$c8f9044308604b6067de8c7722dca052d4e15796ff609de70f75c219c70535d6";

    /**
     * The test vector of 1EdTech's reference validator (openbadges-validator-core, tests/testfiles: the 1.1 basic
     * assertion "awarded to nobody@example.org" with the specification's example salt "deadsea").
     */
    @Test
    void theReferenceValidatorsTestVectorMatches() {
        RecipientHash specification = new RecipientHash(
                "sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942", "deadsea");

        assertThat(RecipientHash.of("nobody@example.org", "deadsea")).isEqualTo(specification);
        assertThat(specification.matches("nobody@example.org")).isTrue();
        assertThat(specification.matches("somebody@example.org")).isFalse();
    }

    @Test
    void theIdentityIsSha256DollarAndTheLowercaseHexOfTheEmailFollowedByTheSalt() {
        assertThat(RecipientHash.of("alice@example.org", "deadbeef").identity()).isEqualTo(ALICE_DEADBEEF);
    }

    @Test
    void theIdentityAgreesWithMessageDigestOnTheSameConcatenation() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest("bob@example.orgsalt".getBytes(StandardCharsets.UTF_8));

        assertThat(RecipientHash.of("bob@example.org", "salt").identity())
                .isEqualTo("sha256$" + HexFormat.of().formatHex(digest));
    }

    @Test
    void anEmailInAnyCaseHashesToTheSameIdentity() {
        assertThat(RecipientHash.of("Alice@Example.ORG", "deadbeef").identity()).isEqualTo(ALICE_DEADBEEF);
    }

    @Test
    void matchesAcceptsTheEmailInAnyCaseAndRefusesAnother() {
        RecipientHash hash = new RecipientHash(ALICE_DEADBEEF, "deadbeef");

        assertThat(hash.matches("ALICE@example.org")).isTrue();
        assertThat(hash.matches("mallory@example.org")).isFalse();
    }

    @Test
    void matchesRefusesTheRightEmailWithAnotherSalt() {
        assertThat(new RecipientHash(ALICE_DEADBEEF, "deadbeee").matches("alice@example.org")).isFalse();
    }

    @Test
    void aNewSaltIs128RandomBitsInHexAndDiffersEachTime() {
        String salt = RecipientHash.newSalt();

        assertThat(salt).matches("[0-9a-f]{32}");
        assertThat(RecipientHash.newSalt()).isNotEqualTo(salt);
    }
}
