package org.accolade.issuance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The signed credentials, as issued, and their places in the issuers' status lists. */
@Repository
public class CredentialStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    CredentialStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Stores the credential unless another issuance took its status bit in the meantime. Behind a savepoint, so that
     * the refused insert leaves the caller's transaction usable (PostgreSQL aborts a transaction on any error).
     *
     * @return false when the bit was taken: the caller draws another and signs again
     */
    boolean saveUnlessTaken(UUID assertionId, StatusEntry status, String document, String jwt) {
        try {
            savepoint.executeWithoutResult(transaction -> jdbc.sql("insert into credential (assertion_id, issuer_id, "
                    + "status_list, status_index, document, jwt) values (?, ?, ?, ?, ?, ?)")
                    .params(assertionId, status.issuerId(), status.list(), status.index(), document, jwt).update());
            return true;
        } catch (DuplicateKeyException bitTaken) {
            if (document(assertionId).isPresent()) {
                throw bitTaken;
            }
            return false;
        }
    }

    Optional<String> document(UUID assertionId) {
        return jdbc.sql("select document from credential where assertion_id = ?").param(assertionId)
                .query(String.class).optional();
    }

    Optional<String> jwt(UUID assertionId) {
        return jdbc.sql("select jwt from credential where assertion_id = ?").param(assertionId)
                .query(String.class).optional();
    }

    /** How many bits of list {@code list} the issuer has given: a range of the unique index, at most one list. */
    int countIn(UUID issuerId, int list) {
        return jdbc.sql("select count(*) from credential where issuer_id = ? and status_list = ?")
                .params(issuerId, list).query(Integer.class).single();
    }

    boolean taken(UUID issuerId, int list, int index) {
        return jdbc.sql("select count(*) from credential where issuer_id = ? and status_list = ? and status_index = ?")
                .params(issuerId, list, index).query(Integer.class).single() > 0;
    }

    /** The highest list number the issuer has used, -1 when it has issued no credential. */
    int lastList(UUID issuerId) {
        return jdbc.sql("select coalesce(max(status_list), -1) from credential where issuer_id = ?").param(issuerId)
                .query(Integer.class).single();
    }

    /** The bits to set: the indexes of the revoked assertions in list {@code list}, in order. */
    List<Integer> revokedIndexes(UUID issuerId, int list) {
        return jdbc.sql("select c.status_index from credential c join assertion a on a.id = c.assertion_id "
                + "where c.issuer_id = ? and c.status_list = ? and a.revoked_at is not null order by c.status_index")
                .params(issuerId, list).query(Integer.class).list();
    }
}
