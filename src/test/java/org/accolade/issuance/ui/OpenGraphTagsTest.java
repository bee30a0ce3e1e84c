package org.accolade.issuance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.accolade.People;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.MemberService;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.IssueBadges;
import org.accolade.issuance.IssuedBadge;
import org.accolade.issuance.OpenBadgesUrls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

/** What a link preview crawler reads: the badge page's first HTML over real HTTP, fetched without signing in. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:opengraph;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE" })
@DirtiesContext
class OpenGraphTagsTest {

    @LocalServerPort
    int port;
    @Autowired
    AssertionService assertions;
    @Autowired
    BadgeClassService badgeClasses;
    @Autowired
    OpenBadgesUrls urls;
    @Autowired
    MemberService members;
    @Autowired
    UserDetailsService users;

    @Test
    void aBadgePageCarriesItsOpenGraphAndTwitterTagsInItsFirstHtml() throws Exception {
        IssuedBadge badge = assertions.issue(IssueBadges.to(new People(members, users).fresh("Nina"),
                badgeClasses.findByKey("expert-numerique").orElseThrow().id())).badge();

        HttpResponse<String> page = get("/badges/" + badge.id());

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(property(html, "og:title")).isEqualTo("Expert numérique");
        assertThat(property(html, "og:description"))
                .isEqualTo("Maîtrise les outils numériques et aide les autres à s’en servir.");
        assertThat(property(html, "og:image")).isEqualTo(urls.bakedImage(badge.id(), "png"))
                .startsWith("http");
        assertThat(property(html, "og:url")).isEqualTo(urls.page(badge.id()));
        assertThat(property(html, "og:type")).isEqualTo("website");
        assertThat(html.select("head meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(html.select("head link[rel=alternate][type=application/ld+json]").attr("href"))
                .isEqualTo(urls.assertion(badge.id()));
        assertThat(html.title()).isEqualTo("Expert numérique");
    }

    @Test
    void anOrganisationsPageCarriesItsNameAndDescriptionInItsFirstHtml() throws Exception {
        HttpResponse<String> page = get("/organisations/universite");

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(property(html, "og:title")).isEqualTo("Université démo");
        assertThat(property(html, "og:description")).startsWith("Une université qui reconnaît l’engagement");
        assertThat(property(html, "og:url")).isEqualTo(urls.base() + "/organisations/universite");
        assertThat(html.title()).isEqualTo("Université démo");
    }

    @Test
    void anUnknownBadgeAndOtherPagesGetNoTags() throws Exception {
        for (String path : new String[] { "/badges/" + UUID.randomUUID(), "/organisations/nowhere", "/login" }) {
            Document html = Jsoup.parse(get(path).body());
            assertThat(html.select("meta[property^=og:]")).as(path).isEmpty();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String property(Document html, String property) {
        return html.select("head meta[property=" + property + "]").attr("content");
    }
}
