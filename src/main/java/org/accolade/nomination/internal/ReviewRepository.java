package org.accolade.nomination.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface ReviewRepository extends ListCrudRepository<Review, UUID> {

    List<Review> findByNominationIdOrderByRoundAscDecidedAtAsc(UUID nominationId);

    List<Review> findByNominationIdAndRound(UUID nominationId, int round);
}
