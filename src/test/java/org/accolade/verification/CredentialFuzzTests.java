package org.accolade.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.accolade.verification.TestCredentials.Issuer;
import org.accolade.verification.VerificationReport.Check;
import org.accolade.verification.VerificationRequest.Assertion;
import org.accolade.verification.VerificationRequest.Jws;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Damaged credentials, made from one good credential of an issuer of this application (with a status list and an
 * endorsement, so that every check runs): whatever the damage, a verdict, never a defect of the verifier.
 */
class CredentialFuzzTests {

    private static final int CASES = 300;
    private static final String NOISE = "\"{}[],:\\ aZ0é\u0000";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestCredentials credentials = new TestCredentials();
    private final VerificationService service = credentials.serviceAt(Instant.parse("2026-03-01T12:00:00Z"));
    private final Random random = new Random(20261207L);

    @Test
    void damagedCredentialsAndJwtsAreVerdicts() {
        Issuer issuer = credentials.ownIssuer("Collège");
        credentials.publishStatusList(issuer, issuer, Set.of(1));
        ObjectNode credential = TestCredentials.withStatus(TestCredentials.credential(issuer), issuer, 2);
        credential.putArray("endorsement").add(TestCredentials.endorsement(credentials.ownPartner("Mairie")));
        String json = TestCredentials.sign(credential, issuer).toString();
        String jwt = TestCredentials.jwt(credential, issuer);
        assertThat(verify(new Assertion(json)).verified()).isTrue();
        assertThat(verify(new Jws(jwt)).verified()).isTrue();

        for (int i = 0; i < CASES; i++) {
            boolean asJwt = i % 3 == 0;
            String damaged = damage(asJwt ? jwt : json);
            VerificationReport report = verify(asJwt ? new Jws(damaged) : new Assertion(damaged));

            assertThat(report.checks()).as("#" + i + " " + damaged).extracting(Check::name).doesNotContain("error");
            if (report.verified()) {
                assertThat(asJwt ? sameJwt(damaged, jwt) : sameJson(damaged, json)).as("#" + i + " " + damaged)
                        .isTrue();
            }
        }
    }

    /** One character replaced, removed or inserted, somewhere. */
    private String damage(String text) {
        int at = random.nextInt(text.length());
        char noise = NOISE.charAt(random.nextInt(NOISE.length()));
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + noise + text.substring(at + 1);
            case 1 -> text.substring(0, at) + text.substring(at + 1);
            default -> text.substring(0, at) + noise + text.substring(at);
        };
    }

    /**
     * Damage that leaves the meaning whole, and may verify: a space between JSON tokens, or a base64url character
     * that differs only in the unused bits of the last group.
     */
    private static boolean sameJson(String damaged, String json) {
        try {
            return JSON.readTree(damaged).equals(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static boolean sameJwt(String damaged, String jwt) {
        String[] parts = damaged.strip().split("\\.", -1);
        String[] original = jwt.split("\\.", -1);
        try {
            return parts.length == 3 && IntStream.range(0, 3).allMatch(i -> Arrays.equals(
                    Base64.getUrlDecoder().decode(parts[i]), Base64.getUrlDecoder().decode(original[i])));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private VerificationReport verify(VerificationRequest.Source source) {
        return service.verify(new VerificationRequest(source, null, Locale.ENGLISH));
    }
}
