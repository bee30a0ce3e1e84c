package org.accolade.issuance.ui;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The OpenGraph and Twitter card tags of a badge's public page, written into the page's first HTML: the crawlers
 * of LinkedIn and the like read that HTML and run no JavaScript, so the view's own content never reaches them.
 */
@Component
class OpenGraphTags implements VaadinServiceInitListener {

    private static final Pattern BADGE_PAGE = Pattern.compile("/badges/([0-9a-fA-F-]{36})/?");

    private final AssertionService assertions;
    private final OpenBadgesUrls urls;

    OpenGraphTags(AssertionService assertions, OpenBadgesUrls urls) {
        this.assertions = assertions;
        this.urls = urls;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addTags);
    }

    private void addTags(IndexHtmlResponse response) {
        badge(response.getVaadinRequest().getPathInfo())
                .ifPresent(badge -> write(badge, response.getDocument()));
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
