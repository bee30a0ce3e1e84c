package org.accolade.issuance.web;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.accolade.community.PartnerId;
import org.accolade.issuance.AssertionId;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.BakedImage;
import org.accolade.issuance.HostedCredentials;
import org.accolade.issuance.OpenBadgesUrls;
import org.accolade.issuance.baking.SvgBaker.Standard;
import org.accolade.shared.OrganisationId;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hosted Open Badges 3.0 objects (DESIGN section 4): credentials as signed JSON and as VC-JWT, their baked
 * images, the issuers' and partners' DID documents, the status lists and the endorsement credentials.
 */
@RestController
@RequestMapping("/ob/v3")
class OpenBadges3Controller {

    static final MediaType CREDENTIAL = MediaType.parseMediaType("application/vc+ld+json");
    static final MediaType JWT = MediaType.parseMediaType("application/vc+jwt");
    static final MediaType DID = MediaType.parseMediaType("application/did+ld+json");
    /** A credential never changes once signed; revoking it changes its status list, which is never cached. */
    private static final CacheControl SIGNED = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    /** A rotation adds a key: caches learn of it within minutes, and earlier keys stay listed anyway. */
    private static final CacheControl KEYS = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final HostedCredentials documents;
    private final AssertionService assertions;
    private final OpenBadgesUrls urls;

    OpenBadges3Controller(HostedCredentials documents, AssertionService assertions, OpenBadgesUrls urls) {
        this.documents = documents;
        this.assertions = assertions;
        this.urls = urls;
    }

    /** A person who opens a credential's address in a browser is sent to the badge's page, as for 2.0. */
    @GetMapping("/credentials/{id}")
    ResponseEntity<String> credential(@PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        AssertionId assertionId = new AssertionId(id);
        if (Accepted.html(accept)) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(urls.page(assertionId))).build();
        }
        return answer(documents.credential(assertionId), CREDENTIAL, SIGNED);
    }

    @GetMapping("/credentials/{id}.jwt")
    ResponseEntity<String> jwt(@PathVariable UUID id) {
        return answer(documents.credentialJwt(new AssertionId(id)), JWT, SIGNED);
    }

    @GetMapping("/credentials/{id}/image.png")
    ResponseEntity<byte[]> png(@PathVariable UUID id) {
        return image(new AssertionId(id), BakedImage.PNG);
    }

    @GetMapping("/credentials/{id}/image.svg")
    ResponseEntity<byte[]> svg(@PathVariable UUID id) {
        return image(new AssertionId(id), BakedImage.SVG);
    }

    @GetMapping("/issuers/{id}/did.json")
    ResponseEntity<String> issuerDid(@PathVariable UUID id) {
        return answer(documents.issuerDidDocument(new OrganisationId(id)), DID, KEYS);
    }

    @GetMapping("/issuers/{id}/status/{list}")
    ResponseEntity<String> statusList(@PathVariable UUID id, @PathVariable int list) {
        return answer(documents.statusList(new OrganisationId(id), list), CREDENTIAL, CacheControl.noCache());
    }

    @GetMapping("/partners/{id}/did.json")
    ResponseEntity<String> partnerDid(@PathVariable UUID id) {
        return answer(documents.partnerDidDocument(new PartnerId(id)), DID, KEYS);
    }

    @GetMapping("/endorsements/{id}")
    ResponseEntity<String> endorsement(@PathVariable UUID id) {
        return answer(documents.endorsement(id), CREDENTIAL, SIGNED);
    }

    private ResponseEntity<byte[]> image(AssertionId id, String mediaType) {
        return BakedImageResponse.of(assertions.bakedImage(id, Standard.OPEN_BADGES_3, mediaType),
                "badge-" + id + "-ob3", SIGNED);
    }

    private static ResponseEntity<String> answer(Optional<String> document, MediaType type, CacheControl cache) {
        return document.map(body -> ResponseEntity.ok().contentType(type).cacheControl(cache).body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
