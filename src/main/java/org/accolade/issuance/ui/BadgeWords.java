package org.accolade.issuance.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.accolade.issuance.OpenBadgesUrls;
import org.accolade.issuance.PublicBadge;
import org.accolade.ui.PersonalTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;

/**
 * How the badge screens word dates, statuses and the links to a badge: dates as the person reads them
 * ({@link PersonalTime}, long form).
 */
final class BadgeWords {

    private final Component screen;
    private final OpenBadgesUrls urls;
    private final Clock clock;
    private final PersonalTime time;

    BadgeWords(Component screen, OpenBadgesUrls urls, Clock clock) {
        this.screen = screen;
        this.urls = urls;
        this.clock = clock;
        this.time = new PersonalTime(clock);
    }

    String date(Instant at) {
        return time.longDate(at);
    }

    BadgeStatus status(Instant revokedAt, Instant expires) {
        return BadgeStatus.of(revokedAt, expires, clock.instant());
    }

    /**
     * The status in words, from the bundle's {@code <prefix>VALID}, {@code EXPIRED} (with the date) or
     * {@code REVOKED} (with the date and the reason): short in lists, a sentence in the page's banner.
     */
    String status(String prefix, Instant revokedAt, Instant expires, String reason) {
        BadgeStatus status = status(revokedAt, expires);
        return switch (status) {
            case VALID -> screen.getTranslation(prefix + status);
            case EXPIRED -> screen.getTranslation(prefix + status, date(expires));
            case REVOKED -> screen.getTranslation(prefix + status, date(revokedAt), reason);
        };
    }

    /**
     * An address of Accolade itself, made relative so that it opens in this browser whatever address Accolade was
     * reached by (a port chosen at start, a tunnel); the public base stays in what is shared outside.
     */
    String local(String url) {
        return url.startsWith(urls.base() + "/") ? url.substring(urls.base().length()) : url;
    }

    /** The picture as baked at issuance, the assertion inside. */
    String bakedPng(PublicBadge badge) {
        return local(urls.bakedImage(badge.id(), "png"));
    }

    /** One download link per baked image, PNG first, saved as a file rather than opened. */
    List<Anchor> downloads(PublicBadge badge) {
        List<Anchor> links = new ArrayList<>();
        for (String image : badge.images()) {
            String format = image.endsWith(".svg") ? "SVG" : "PNG";
            links.add(file(image, screen.getTranslation("badges.download", format), true));
        }
        return links;
    }

    /**
     * The Open Badges 3.0 credential's links, with a sentence on which standard to use where; empty for a badge
     * issued before 3.0.
     */
    List<Component> credentialLinks(PublicBadge badge) {
        return badge.credential().map(credential -> List.<Component>of(
                new Span(screen.getTranslation("badges.ob3.where")),
                file(credential.json(), screen.getTranslation("badges.ob3.json"), false),
                file(credential.jwt(), screen.getTranslation("badges.ob3.jwt"), false),
                file(credential.png(), screen.getTranslation("badges.ob3.png"), true))).orElse(List.of());
    }

    private Anchor file(String url, String text, boolean download) {
        Anchor link = new Anchor(local(url), text);
        link.setDownload(download);
        link.setRouterIgnore(true);
        return link;
    }

    Anchor addToLinkedIn(PublicBadge badge) {
        String url = LinkedInCertification.addToProfileUrl(badge.badgeName(), badge.issuerName(),
                month(badge.issuedOn()), badge.expires() == null ? null : month(badge.expires()), badge.pageUrl(),
                badge.id().toString());
        return external(url, screen.getTranslation("badges.linkedin"));
    }

    private YearMonth month(Instant at) {
        return YearMonth.from(at.atZone(time.zone()));
    }

    /** A link out of Accolade: a new tab that cannot reach back into this one. */
    static Anchor external(String url, String text) {
        Anchor link = new Anchor(url, text, AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }
}
