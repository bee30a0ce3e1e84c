package org.accolade.shared.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StatusAndDidTests {

    @Test
    void aStatusListSetsExactlyTheGivenBitsMostSignificantFirst() throws Exception {
        String list = BitstringStatusList.encode(List.of(0, 9, 131_071));

        assertThat(list).startsWith("u");
        assertThat(BitstringStatusList.isSet(list, 0)).isTrue();
        assertThat(BitstringStatusList.isSet(list, 1)).isFalse();
        assertThat(BitstringStatusList.isSet(list, 9)).isTrue();
        assertThat(BitstringStatusList.isSet(list, 131_071)).isTrue();
        assertThatThrownBy(() -> BitstringStatusList.isSet(list, 131_072)).isInstanceOf(CredentialException.class);
        assertThatThrownBy(() -> BitstringStatusList.isSet("uAAAA", 0)).isInstanceOf(CredentialException.class);
        assertThatThrownBy(() -> BitstringStatusList.isSet("u!!", 0)).isInstanceOf(CredentialException.class);
    }

    @Test
    void aDidWebNamesTheAddressOfItsDocument() {
        String did = DidWeb.of("http://localhost:8080", "ob/v3/issuers/42");

        assertThat(did).isEqualTo("did:web:localhost%3A8080:ob:v3:issuers:42");
        assertThat(DidWeb.documentUrl(did)).contains(URI.create("https://localhost:8080/ob/v3/issuers/42/did.json"));
        assertThat(DidWeb.of("https://badges.example.org/accolade/", "ob/v3/issuers/42"))
                .isEqualTo("did:web:badges.example.org:accolade:ob:v3:issuers:42");
        assertThat(DidWeb.documentUrl("did:web:example.org")).contains(
                URI.create("https://example.org/.well-known/did.json"));
        assertThat(DidWeb.documentUrl("did:web:example.org::x")).isEqualTo(Optional.empty());
        assertThat(DidWeb.documentUrl("did:key:z6Mk")).isEmpty();
        assertThat(DidWeb.documentUrl("did:web:exa mple.org")).isEmpty();
    }
}
