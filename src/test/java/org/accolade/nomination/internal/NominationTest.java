package org.accolade.nomination.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.community.MemberId;
import org.accolade.nomination.NominationKind;
import org.accolade.nomination.NominationStage;
import org.accolade.nomination.NominationStatus;
import org.accolade.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class NominationTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final BadgeClassId badge = new BadgeClassId(UUID.randomUUID());
    private final MemberId nominator = new MemberId(UUID.randomUUID());
    private final MemberId nominee = new MemberId(UUID.randomUUID());

    private Nomination nomination(NominationKind kind) {
        return Nomination.submit(kind, badge, new OrganisationId(UUID.randomUUID()), nominator,
                kind == NominationKind.REQUEST ? nominator : nominee,
                "A narrative long enough to explain why.", 2, false, NOW);
    }

    @Test
    void aNominationStartsWaitingForTheNomineesAnswerAndARequestWithEvidence() {
        assertThat(nomination(NominationKind.NOMINATION).stage()).isEqualTo(NominationStage.ACCEPTANCE);
        assertThat(nomination(NominationKind.REQUEST).stage()).isEqualTo(NominationStage.EVIDENCE);
    }

    @Test
    void anOpenNominationHoldsItsOpenKeyUntilItCloses() {
        Nomination nomination = nomination(NominationKind.NOMINATION);
        assertThat(nomination).extracting("openKey").isEqualTo(Nomination.openKey(badge, nominee));

        nomination.decline("Not this year.", NOW);

        assertThat(nomination.status()).isEqualTo(NominationStatus.DECLINED);
        assertThat(nomination.stage()).isEqualTo(NominationStage.CLOSED);
        assertThat(nomination).extracting("openKey").isNull();
    }

    @Test
    void evidenceCannotBeAcceptedTwiceNorAClosedNominationChanged() {
        Nomination nomination = nomination(NominationKind.NOMINATION);
        nomination.accept(true, null, NOW);

        assertThatThrownBy(() -> nomination.accept(true, null, NOW)).isInstanceOf(IllegalStateException.class);
        nomination.expire(NOW);
        assertThatThrownBy(() -> nomination.enter(NominationStage.REVIEW, NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void approvalAllocatesTheBadgesIdOnceAndOnlyAfterReview() {
        Nomination nomination = nomination(NominationKind.REQUEST);
        assertThatThrownBy(() -> nomination.approve(false, NOW)).isInstanceOf(IllegalStateException.class);

        nomination.enter(NominationStage.REVIEW, NOW);
        UUID assertion = nomination.approve(false, NOW);
        nomination.award(NOW);

        assertThat(nomination.assertionId()).isEqualTo(assertion);
        assertThat(nomination.status()).isEqualTo(NominationStatus.AWARDED);
    }

    @Test
    void aRevisionStartsTheNextRoundBackAtEvidence() {
        Nomination nomination = nomination(NominationKind.REQUEST);
        nomination.enter(NominationStage.REVIEW, NOW);

        assertThat(nomination.startNextRound(NOW)).isEqualTo(2);
        assertThat(nomination.stage()).isEqualTo(NominationStage.EVIDENCE);
    }

    @Test
    void enteringTheStageItIsAlreadyAtChangesNothing() {
        Nomination nomination = nomination(NominationKind.REQUEST);
        assertThat(nomination.enter(NominationStage.REVIEW, NOW)).isTrue();
        assertThat(nomination.enter(NominationStage.REVIEW, NOW.plusSeconds(5))).isFalse();
        assertThat(nomination.updatedAt()).isEqualTo(NOW);
    }
}
