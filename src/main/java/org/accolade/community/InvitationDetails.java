package org.accolade.community;

import java.time.Instant;

/** What an invitation link shows before the account is created. */
public record InvitationDetails(String email, String name, Instant expiresAt) {
}
