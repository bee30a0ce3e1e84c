package org.accolade.nomination.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accolade.nomination.NominationId;
import org.accolade.shared.TransactionCache;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface NominationRepository extends ListCrudRepository<Nomination, UUID> {

    /**
     * The nomination, read once per transaction (see {@link TransactionCache}): the lifecycle's listeners of one step
     * share the instance, whose saves update it in place (an identity map, as a persistence context keeps one).
     */
    default Optional<Nomination> findInTransaction(NominationId id) {
        return Optional.ofNullable(TransactionCache.get(Nomination.class, id, () -> findById(id.value()).orElse(null)));
    }

    boolean existsByOpenKey(String openKey);

    @Query("select * from nomination where nominator_id = :member or nominee_id = :member order by created_at desc")
    List<Nomination> findInvolving(UUID member);

    /** One page of {@link #findInvolving(UUID)}, for lists that load lazily. */
    @Query("""
            select * from nomination where nominator_id = :member or nominee_id = :member
            order by created_at desc, id limit :limit offset :offset""")
    List<Nomination> findInvolving(UUID member, int limit, long offset);

    /** Nominations of addresses with no account that this member started in [from, to). */
    @Query("""
            select count(*) from nomination where nominator_id = :nominator and nominee_invited
            and created_at >= :from and created_at < :to""")
    long countInvitedBy(UUID nominator, Instant from, Instant to);

    /** The reviews of these organisations escalated to their admins and still under way, the oldest change first. */
    default List<Nomination> findEscalatedIn(Collection<UUID> organisations) {
        return organisations.isEmpty() ? List.of() : findEscalatedOf(organisations);
    }

    @Query("""
            select * from nomination where organisation_id in (:organisations) and status = 'IN_PROGRESS'
            and stage = 'REVIEW' and escalated_round = round order by updated_at, id""")
    List<Nomination> findEscalatedOf(Collection<UUID> organisations);

    @Query("select count(*) from nomination where nominator_id = :member or nominee_id = :member")
    long countInvolving(UUID member);
}
