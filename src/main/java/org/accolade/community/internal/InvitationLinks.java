package org.accolade.community.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.accolade.mail.SecretLinks;
import org.accolade.shared.SecretToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Mints the token of an invitation link when its mail leaves; a used or expired invitation gets none. */
@Component
class InvitationLinks implements SecretLinks {

    private final InvitationRepository invitations;
    private final Clock clock;

    InvitationLinks(InvitationRepository invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return Invitation.LINK_KIND;
    }

    @Override
    @Transactional
    public Optional<String> renew(UUID invitationId) {
        return invitations.findById(invitationId).filter(invitation -> invitation.isUsable(clock.instant()))
                .map(invitation -> {
                    String token = SecretToken.generate();
                    invitation.replaceToken(SecretToken.hash(token));
                    invitations.save(invitation);
                    return token;
                });
    }
}
