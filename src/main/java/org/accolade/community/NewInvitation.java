package org.accolade.community;

import java.time.Instant;

/** A fresh invitation: the token exists only here and in the link sent by email. */
public record NewInvitation(String token, Instant expiresAt) {
}
