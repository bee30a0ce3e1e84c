package org.accolade.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read during one transaction, remembered as a persistence context would (one step of the lifecycle reads
 * the same member or badge class many times), per aggregate type. What is remembered of a type is dropped as soon as
 * the transaction saves or deletes any aggregate of that type, except the very object saved, which is what was
 * written: Spring Data JDBC announces every such write, so no writer has to say what it changed, and none can forget
 * to. Outside a transaction it simply loads. Writes in plain SQL are not announced: a table whose aggregate is cached
 * here is written through its repository only. The reads are static, for a repository's default method to use; this
 * component is what hears the writes.
 */
@Component
public class TransactionCache {

    /** The value of {@code key} read in this transaction, else what {@code loader} reads (remembered unless null). */
    public static <V> V get(Class<?> aggregate, Object key, Supplier<V> loader) {
        Map<Object, Object> values = values(aggregate, true);
        if (values == null) {
            return loader.get();
        }
        @SuppressWarnings("unchecked")
        V value = (V) values.get(key);
        if (value == null) {
            value = loader.get();
            if (value != null) {
                values.put(key, value);
            }
        }
        return value;
    }

    /** The values of {@code keys} read in this transaction, and those of the others read by {@code loader} at once. */
    public static <K, V> Map<K, V> getAll(Class<?> aggregate, Collection<K> keys,
            Function<Collection<K>, Map<K, V>> loader) {
        Map<Object, Object> values = values(aggregate, true);
        if (values == null) {
            return loader.apply(keys);
        }
        List<K> missing = keys.stream().distinct().filter(key -> !values.containsKey(key)).toList();
        if (!missing.isEmpty()) {
            values.putAll(loader.apply(missing));
        }
        Map<K, V> found = new HashMap<>();
        for (K key : keys) {
            @SuppressWarnings("unchecked")
            V value = (V) values.get(key);
            if (value != null) {
                found.put(key, value);
            }
        }
        return found;
    }

    @EventListener
    void saved(AfterSaveEvent<?> event) {
        Map<Object, Object> values = values(event.getType(), false);
        if (values != null) {
            values.values().removeIf(value -> value != event.getEntity());
        }
    }

    @EventListener
    void deleted(AfterDeleteEvent<?> event) {
        Map<Object, Object> values = values(event.getType(), false);
        if (values != null) {
            values.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> values(Class<?> aggregate, boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        String resource = TransactionCache.class.getName() + ":" + aggregate.getName();
        Map<Object, Object> values = (Map<Object, Object>) TransactionSynchronizationManager.getResource(resource);
        if (values == null && create) {
            values = new HashMap<>();
            TransactionSynchronizationManager.bindResource(resource, values);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resource);
                }
            });
        }
        return values;
    }
}
