package org.accolade.issuance.web;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.issuance.AssertionId;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.BakedImage;
import org.accolade.issuance.EndorsementIssuance;
import org.accolade.issuance.HostedDocument;
import org.accolade.issuance.HostedDocuments;
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
 * The hosted Open Badges 2.0 objects (DESIGN section 4). JSON-LD is served as {@code application/ld+json} to whoever
 * asks for it and as {@code application/json} otherwise; a browser that asks for HTML is sent to the human page.
 */
@RestController
@RequestMapping("/ob/v2")
class OpenBadgesController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    /** Baked images never change once issued; a revocation shows in the documents, which are not cached. */
    private static final CacheControl SHORT = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final HostedDocuments documents;
    private final AssertionService assertions;
    private final EndorsementIssuance endorsements;
    private final OpenBadgesUrls urls;

    OpenBadgesController(HostedDocuments documents, AssertionService assertions, EndorsementIssuance endorsements,
            OpenBadgesUrls urls) {
        this.documents = documents;
        this.assertions = assertions;
        this.endorsements = endorsements;
        this.urls = urls;
    }

    @GetMapping("/assertions/{id}")
    ResponseEntity<String> assertion(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.ACCEPT,
            required = false) String accept) {
        AssertionId assertionId = new AssertionId(id);
        if (Accepted.html(accept)) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(urls.page(assertionId))).build();
        }
        Optional<HostedDocument> document = documents.assertion(assertionId);
        return document.map(found -> json(found.status(), found.json(), accept))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/assertions/{id}/image.png")
    ResponseEntity<byte[]> png(@PathVariable UUID id) {
        return image(new AssertionId(id), BakedImage.PNG);
    }

    @GetMapping("/assertions/{id}/image.svg")
    ResponseEntity<byte[]> svg(@PathVariable UUID id) {
        return image(new AssertionId(id), BakedImage.SVG);
    }

    @GetMapping("/badges/{id}")
    ResponseEntity<String> badgeClass(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.ACCEPT,
            required = false) String accept) {
        return ok(documents.badgeClass(new BadgeClassId(id)), accept);
    }

    @GetMapping("/issuers/{id}")
    ResponseEntity<String> issuer(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.ACCEPT,
            required = false) String accept) {
        return ok(documents.issuer(new OrganisationId(id)), accept);
    }

    @GetMapping("/issuers/{id}/revocations")
    ResponseEntity<String> revocations(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.ACCEPT,
            required = false) String accept) {
        return documents.revocations(new OrganisationId(id))
                .map(json -> ResponseEntity.ok().cacheControl(CacheControl.noCache())
                        .contentType(contentType(accept)).body(json))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/issuers/{id}/keys/{keyId}")
    ResponseEntity<String> key(@PathVariable UUID id, @PathVariable UUID keyId, @RequestHeader(
            value = HttpHeaders.ACCEPT, required = false) String accept) {
        return ok(documents.key(new OrganisationId(id), keyId), accept);
    }

    @GetMapping("/endorsements/{id}")
    ResponseEntity<String> endorsement(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.ACCEPT,
            required = false) String accept) {
        return ok(endorsements.document(id), accept);
    }

    private ResponseEntity<byte[]> image(AssertionId id, String mediaType) {
        return BakedImageResponse.of(assertions.bakedImage(id, Standard.OPEN_BADGES_2, mediaType), "badge-" + id,
                SHORT);
    }

    private static ResponseEntity<String> ok(Optional<String> document, String accept) {
        return document.map(json -> json(HttpStatus.OK.value(), json, accept))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Assertions are not cached: a revocation must show at once. */
    private static ResponseEntity<String> json(int status, String json, String accept) {
        return ResponseEntity.status(status).contentType(contentType(accept)).cacheControl(CacheControl.noCache())
                .body(json);
    }

    private static MediaType contentType(String accept) {
        return Accepted.types(accept).stream().anyMatch(JSON_LD::equalsTypeAndSubtype) ? JSON_LD
                : MediaType.APPLICATION_JSON;
    }
}
