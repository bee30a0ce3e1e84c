package org.accolade.verification.internal;

import static org.accolade.verification.internal.Findings.NOT_REVOKED;

import java.util.List;
import java.util.Set;

import org.accolade.shared.credentials.BitstringStatusList;
import org.accolade.shared.credentials.CredentialException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether the issuer of a credential revoked (or suspended) it, read from the Bitstring Status Lists its
 * {@code credentialStatus} points to. A list is a credential itself, trusted only with a valid proof by the
 * credential's own issuer: anyone else's list could say anything.
 */
final class StatusCheck {

    private static final String ENTRY = "BitstringStatusListEntry";
    private static final String LIST = "BitstringStatusListCredential";
    private static final String REVOCATION = "revocation";
    private static final Set<String> PURPOSES = Set.of(REVOCATION, "suspension");

    private final Documents documents;
    private final ProofCheck proofs;
    private final Findings findings;

    /** One status entry: its purpose, the list and the credential's index in it. */
    private record Entry(String purpose, String listUrl, long index) {
    }

    StatusCheck(Documents documents, ProofCheck proofs, Findings findings) {
        this.documents = documents;
        this.proofs = proofs;
        this.findings = findings;
    }

    /** Reported, never halting: what follows (the endorsements) is still worth checking. */
    void check(JsonNode credential, String issuerId) {
        List<JsonNode> statuses = Json.all(credential.path("credentialStatus"));
        if (statuses.isEmpty()) {
            findings.pass(NOT_REVOKED, "verification.revoked.no-status");
            return;
        }
        try {
            for (JsonNode status : statuses) {
                Entry entry = entry(status);
                if (isSet(entry, issuerId)) {
                    reportSet(entry);
                    return;
                }
            }
            findings.pass(NOT_REVOKED, "verification.revoked.status-clear");
        } catch (Refusal refusal) {
            findings.fail(NOT_REVOKED, "verification.revoked.status-unknown", refusal.message());
        }
    }

    private void reportSet(Entry entry) {
        if (REVOCATION.equals(entry.purpose())) {
            findings.revoked();
            findings.fail(NOT_REVOKED, "verification.revoked.status-set", entry.listUrl());
        } else {
            findings.fail(NOT_REVOKED, "verification.revoked.suspended", entry.listUrl());
        }
    }

    /** A status of another kind is one this verifier cannot vouch for: unknown, not clear. */
    private static Entry entry(JsonNode status) throws Refusal {
        String type = String.valueOf(Json.text(status, "type"));
        String purpose = String.valueOf(Json.text(status, "statusPurpose"));
        if (!ENTRY.equals(type) || !PURPOSES.contains(purpose)) {
            throw new Refusal("verification.status.unsupported", type, purpose);
        }
        String url = Json.text(status, "statusListCredential");
        String index = status.path("statusListIndex").asText("");
        if (url == null || !index.matches("\\d{1,18}")) {
            throw new Refusal("verification.status.incomplete");
        }
        return new Entry(purpose, url, Long.parseLong(index));
    }

    private boolean isSet(Entry entry, String issuerId) throws Refusal {
        JsonNode list = documents.json("verification.document.status-list", entry.listUrl());
        if (!Json.texts(list.path("type")).contains(LIST)) {
            throw new Refusal("verification.status.not-a-list", entry.listUrl());
        }
        AssertionMethod signer = signer(list, entry.listUrl());
        if (!issuerId.equals(Json.idOf(list.path("issuer")).orElse(null)) || !issuerId.equals(signer.did())) {
            throw new Refusal("verification.status.other-issuer", entry.listUrl(), issuerId);
        }
        JsonNode subject = list.path("credentialSubject");
        if (!entry.purpose().equals(Json.text(subject, "statusPurpose"))) {
            throw new Refusal("verification.status.other-purpose", entry.listUrl(), entry.purpose());
        }
        try {
            return BitstringStatusList.isSet(Json.text(subject, "encodedList"), entry.index());
        } catch (CredentialException e) {
            throw new Refusal("verification.status.unreadable", entry.listUrl(), String.valueOf(entry.index()));
        }
    }

    private AssertionMethod signer(JsonNode list, String listUrl) throws Refusal {
        try {
            return proofs.verify(list);
        } catch (Refusal refusal) {
            throw new Refusal("verification.status.unproven", listUrl, refusal.message());
        }
    }
}
