package org.accolade.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicLinksTest {

    private static final UUID ID = UUID.fromString("0b6e4a52-3c1d-4f7a-9e2b-5d8c7f1a2b3c");

    @ParameterizedTest
    @ValueSource(strings = { "https://badges.example.org", "https://badges.example.org/" })
    void theBaseLosesItsTrailingSlashOnceSoThatNoLinkHasTwo(String configured) {
        PublicLinks links = new PublicLinks(configured);

        assertThat(links.base()).isEqualTo("https://badges.example.org");
        assertThat(links.invitation("t0ken")).isEqualTo("https://badges.example.org/invite/t0ken");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://example.org/accolade", "https://example.org/accolade/" })
    void everyLinkSitsUnderTheBaseAndItsPath(String configured) {
        PublicLinks links = new PublicLinks(configured);
        String base = "https://example.org/accolade";

        assertThat(links.invitation("t0ken")).isEqualTo(base + "/invite/t0ken");
        assertThat(links.endorsement("t0ken")).isEqualTo(base + "/endorse/t0ken");
        assertThat(links.task("42")).isEqualTo(base + "/tasks/42");
        assertThat(links.nomination(ID)).isEqualTo(base + "/nominations/" + ID);
        assertThat(links.badgePage(ID)).isEqualTo(base + "/badges/" + ID);
        assertThat(links.outbox()).isEqualTo(base + "/admin/outbox");
        assertThat(links.cockpitProcessInstance("7"))
                .isEqualTo(base + "/camunda/app/cockpit/default/#/process-instance/7");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://example.org/accolade", "https://example.org/accolade/" })
    void onlyTheBaseAndThePathsUnderItAreOwnAddresses(String configured) {
        PublicLinks links = new PublicLinks(configured);

        assertThat(links.isOwn("https://example.org/accolade")).isTrue();
        assertThat(links.isOwn("https://example.org/accolade/ob/v2/assertions/" + ID)).isTrue();
        assertThat(links.isOwn("https://example.org/accolade-elsewhere/x")).isFalse();
        assertThat(links.isOwn("https://example.org/other")).isFalse();
    }
}
