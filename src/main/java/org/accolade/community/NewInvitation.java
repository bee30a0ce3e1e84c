package org.accolade.community;

import java.time.Instant;

/**
 * A fresh invitation. {@code token} is what goes after {@code /invite/} in the link: a placeholder that the outbox
 * replaces with a freshly minted token when the mail leaves, so that no usable token is stored anywhere.
 */
public record NewInvitation(String token, Instant expiresAt) {
}
