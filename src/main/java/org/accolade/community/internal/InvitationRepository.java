package org.accolade.community.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface InvitationRepository extends ListCrudRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    boolean existsByMemberIdAndUsedAtIsNullAndExpiresAtAfter(UUID memberId, Instant now);
}
