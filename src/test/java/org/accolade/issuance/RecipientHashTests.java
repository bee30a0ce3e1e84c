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
