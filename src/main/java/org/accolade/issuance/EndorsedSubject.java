package org.accolade.issuance;

import java.util.UUID;

/** What a partner endorses: an issued (or about to be issued) badge, a badge class, or an issuer. */
public record EndorsedSubject(Type type, UUID id) {

    public enum Type { ASSERTION, BADGE_CLASS, ISSUER }
}
