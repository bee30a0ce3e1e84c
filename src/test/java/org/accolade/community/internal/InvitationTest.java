package org.accolade.community.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.accolade.community.Role;
import org.accolade.shared.DomainException;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant SENT = Instant.parse("2026-11-01T09:00:00Z");
    private final Invitation invitation = Invitation.create(UUID.randomUUID(), "hash", SENT,
            SENT.plus(Duration.ofDays(30)), null, Set.of(Role.MEMBER), null);

    @Test
    void aLinkWorksOnceBeforeItExpires() {
        assertThatNoException().isThrownBy(() -> invitation.use(SENT.plus(Duration.ofDays(29))));
        assertThatThrownBy(() -> invitation.use(SENT.plus(Duration.ofDays(29))))
                .isInstanceOf(DomainException.class).hasMessageContaining("invitation.used");
    }

    @Test
    void anExpiredLinkIsGone() {
        assertThatThrownBy(() -> invitation.checkUsable(SENT.plus(Duration.ofDays(30))))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(DomainException.Kind.GONE);
                    assertThat(refusal.code()).isEqualTo("invitation.expired");
                });
    }
}
