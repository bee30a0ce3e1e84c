package org.accolade.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers immutable values read during one transaction, as a persistence context would: one step of the
 * lifecycle reads the same member or badge class many times (three review tasks created at once, each sending
 * mail). Outside a transaction it simply loads. Writers call {@link #forget} for what they change.
 */
public final class TransactionMemo {

    private TransactionMemo() {
    }

    public static <V> V get(String region, Object key, Supplier<V> loader) {
        Map<Object, Object> memo = memo(region);
        if (memo == null) {
            return loader.get();
        }
        @SuppressWarnings("unchecked")
        V value = (V) memo.get(key);
        if (value == null) {
            value = loader.get();
            if (value != null) {
                memo.put(key, value);
            }
        }
        return value;
    }

    public static void forget(String region) {
        Map<Object, Object> memo = memo(region);
        if (memo != null) {
            memo.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> memo(String region) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        String resource = TransactionMemo.class.getName() + ":" + region;
        Map<Object, Object> memo = (Map<Object, Object>) TransactionSynchronizationManager.getResource(resource);
        if (memo == null) {
            memo = new HashMap<>();
            TransactionSynchronizationManager.bindResource(resource, memo);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resource);
                }
            });
        }
        return memo;
    }
}
