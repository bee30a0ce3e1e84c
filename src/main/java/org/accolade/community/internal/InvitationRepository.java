package org.accolade.community.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface InvitationRepository extends ListCrudRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByMemberId(UUID memberId);

    boolean existsByMemberIdAndUsedAtIsNullAndExpiresAtAfter(UUID memberId, Instant now);
}
