package org.accolade.issuance.internal.signing;

import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An insert that another node or thread may make at the same instant: each attempt runs in its own transaction, so
 * that the loser's unique-key violation does not spoil its caller's, and the loser reads the winner's row.
 */
final class RacingInsert {

    private final TransactionTemplate ownTransaction;

    RacingInsert(PlatformTransactionManager transactions) {
        ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    <T> T insertOrRead(Supplier<T> insert, Supplier<T> winner) {
        try {
            return ownTransaction.execute(status -> insert.get());
        } catch (RuntimeException e) {
            if (!lostTheRace(e)) {
                throw e;
            }
            return ownTransaction.execute(status -> winner.get());
        }
    }

    /** Spring Data JDBC wraps the driver's violation in its own exception: the cause says whether it is one. */
    private static boolean lostTheRace(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataIntegrityViolationException) {
                return true;
            }
        }
        return false;
    }
}
