package org.accolade.issuance.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.accolade.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys are made on first use and rotated while other issuances sign: at the same instant, one key wins. Only the
 * keys, their repository and the migrated database (the unique generation decides the race), not the application;
 * no test transaction, since the racing threads commit their own.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ CredentialKeys.class, KeyEncryption.class })
class CredentialKeysTest {

    private static final int THREADS = 8;

    @Autowired
    private CredentialKeys keys;

    @Test
    void eightIssuancesSigningTheFirstCredentialOfAnOwnerAtOnceShareOneKey() throws Exception {
        UUID owner = UUID.randomUUID();

        List<UUID> used = atOnce(() -> keys.current(owner, CredentialKeyAlgorithm.ED25519).id());

        assertThat(used).hasSize(THREADS).containsOnly(used.get(0));
        assertThat(keys.published(owner)).extracting(PublishedKey::id).containsExactly(used.get(0));
    }

    @Test
    void aRotationAddsAGenerationAndKeepsTheEarlierOnePublished() {
        UUID owner = UUID.randomUUID();
        UUID first = keys.current(owner, CredentialKeyAlgorithm.ED25519).id();

        keys.rotate(owner);
        UUID second = keys.current(owner, CredentialKeyAlgorithm.ED25519).id();

        assertThat(second).isNotEqualTo(first);
        assertThat(keys.published(owner)).extracting(PublishedKey::algorithm).containsExactly(
                CredentialKeyAlgorithm.ED25519, CredentialKeyAlgorithm.ED25519, CredentialKeyAlgorithm.ES256);
        assertThat(keys.published(owner)).extracting(PublishedKey::id).contains(first, second);
    }

    @Test
    void twoRotationsAtOnceNeitherFailNorLoseAKey() throws Exception {
        UUID owner = UUID.randomUUID();
        keys.current(owner, CredentialKeyAlgorithm.ED25519);

        atOnce(() -> {
            keys.rotate(owner);
            return keys.current(owner, CredentialKeyAlgorithm.ED25519).id();
        });

        List<PublishedKey> published = keys.published(owner).stream()
                .filter(key -> key.algorithm() == CredentialKeyAlgorithm.ED25519).toList();
        assertThat(published.size()).isBetween(2, THREADS + 1);
        assertThat(keys.current(owner, CredentialKeyAlgorithm.ED25519).id())
                .isEqualTo(published.get(published.size() - 1).id());
    }

    private static <T> List<T> atOnce(Callable<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = IntStream.range(0, THREADS).mapToObj(i -> pool.submit(() -> {
                start.await();
                return action.call();
            })).toList();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
