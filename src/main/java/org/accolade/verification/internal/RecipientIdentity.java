package org.accolade.verification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.accolade.issuance.RecipientHash;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The email recipient of an assertion (or one email IdentityObject of a 3.0 credential), hashed ({@code sha256$} or
 * the older {@code md5$}, with its salt) or in plain text. Emails are trimmed and lower-cased on both sides, as
 * {@link RecipientHash} does when issuing.
 */
record RecipientIdentity(boolean hashed, String identity, String salt) {

    private static final String SHA256 = "sha256$";
    private static final String MD5 = "md5$";

    /** From a well-formed recipient (see {@link AssertionShape}). */
    static RecipientIdentity of(JsonNode recipient) {
        return new RecipientIdentity(recipient.path("hashed").asBoolean(), recipient.path("identity").asText(),
                recipient.path("salt").isTextual() ? recipient.path("salt").asText() : "");
    }

    /** The email IdentityObjects of an Open Badges 3.0 credential subject; a subject may have several, or none. */
    static List<RecipientIdentity> emailsOf(JsonNode credentialSubject) {
        return Json.all(credentialSubject.path("identifier")).stream()
                .filter(identity -> "emailAddress".equals(Json.text(identity, "identityType")))
                .filter(identity -> identity.path("identityHash").isTextual())
                .map(identity -> new RecipientIdentity(identity.path("hashed").asBoolean(),
                        identity.path("identityHash").asText(),
                        identity.path("salt").isTextual() ? identity.path("salt").asText() : ""))
                .toList();
    }

    boolean matches(String email) {
        if (!hashed) {
            return normalise(identity).equals(normalise(email));
        }
        String lowered = identity.toLowerCase(Locale.ROOT);
        if (lowered.startsWith(SHA256)) {
            return new RecipientHash(identity, salt).matches(email);
        }
        if (lowered.startsWith(MD5)) {
            byte[] expected = lowered.substring(MD5.length()).getBytes(StandardCharsets.US_ASCII);
            byte[] actual = md5Hex(normalise(email) + salt).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, actual);
        }
        return false;
    }

    private static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides MD5", e);
        }
    }
}
