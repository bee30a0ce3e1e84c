package org.accolade.issuance.ui;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.issuance.AssertionId;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.OpenBadgesUrls;
import org.accolade.issuance.PublicBadge;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

/**
 * The OpenGraph and Twitter card tags of a badge's and an organisation's public pages, written into the page's first
 * HTML: the crawlers of LinkedIn and the like read that HTML and run no JavaScript, so the view's own content never
 * reaches them.
 */
@Component
class OpenGraphTags implements VaadinServiceInitListener {

    private static final Pattern BADGE_PAGE = Pattern.compile("/badges/([0-9a-fA-F-]{36})/?");
    private static final Pattern ORGANISATION_PAGE = Pattern.compile("/organisations/([a-z0-9-]{2,40})/?");

    private final AssertionService assertions;
    private final IssuerService organisations;
    private final OpenBadgesUrls urls;

    OpenGraphTags(AssertionService assertions, IssuerService organisations, OpenBadgesUrls urls) {
        this.assertions = assertions;
        this.organisations = organisations;
        this.urls = urls;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addTags);
    }

    private void addTags(IndexHtmlResponse response) {
        String path = response.getVaadinRequest().getPathInfo();
        badge(path).ifPresent(badge -> write(badge, response.getDocument()));
        organisation(path).ifPresent(organisation -> write(organisation, response.getDocument()));
    }

    private Optional<Issuer> organisation(String path) {
        Matcher page = path == null ? null : ORGANISATION_PAGE.matcher(path);
        return page == null || !page.matches() ? Optional.empty() : organisations.findByKey(page.group(1));
    }

    private void write(Issuer organisation, Document document) {
        Element head = document.head();
        document.title(organisation.name());
        property(head, "og:title", organisation.name());
        property(head, "og:description", organisation.description());
        if (organisation.hasLogo()) {
            property(head, "og:image", urls.issuerLogo(organisation));
        }
        property(head, "og:url", urls.base() + "/organisations/" + organisation.key());
        property(head, "og:type", "website");
        head.appendElement("meta").attr("name", "twitter:card").attr("content", "summary");
    }

    private Optional<PublicBadge> badge(String path) {
        Matcher page = path == null ? null : BADGE_PAGE.matcher(path);
        if (page == null || !page.matches()) {
            return Optional.empty();
        }
        return BadgeSections.uuid(page.group(1)).map(AssertionId::new).flatMap(assertions::publicBadge);
    }

    /** Jsoup escapes attribute values as it writes them, so names and descriptions cannot break out. */
    private void write(PublicBadge badge, Document document) {
        Element head = document.head();
        document.title(badge.badgeName());
        property(head, "og:title", badge.badgeName());
        property(head, "og:description", badge.badgeDescription());
        property(head, "og:image", urls.bakedImage(badge.id(), "png"));
        property(head, "og:url", badge.pageUrl());
        property(head, "og:type", "website");
        head.appendElement("meta").attr("name", "twitter:card").attr("content", "summary");
        head.appendElement("link").attr("rel", "alternate").attr("type", "application/ld+json")
                .attr("href", badge.assertionUrl());
    }

    private static void property(Element head, String property, String content) {
        head.appendElement("meta").attr("property", property).attr("content", content == null ? "" : content);
    }
}
