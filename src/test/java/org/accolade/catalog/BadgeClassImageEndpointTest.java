package org.accolade.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.community.MemberService;
import org.accolade.shared.images.ImageUpload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** GET /api/v1/badge-classes/{id}/image, anonymous, through the real security filters. */
@SharedApplicationTest
class BadgeClassImageEndpointTest {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;

    private MockMvc http;
    private People people;
    private FormBuilder form;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        people = new People(members, users);
        form = FormBuilder.juredBy(people.fresh("Joy").id());
    }

    @Test
    void anUploadedImageIsServedToAnyoneWithItsTypeAndACacheHeader() throws Exception {
        BadgeClass badge = create();
        byte[] png = TestImages.png();
        people.as("admin", () -> badgeClasses.uploadImage(badge.id(), new ImageUpload("b.png", "image/png", png)));

        http.perform(get("/api/v1/badge-classes/{id}/image", badge.id()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(png))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=600, public"))
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void anUploadedSvgCannotRunAnythingWhenOpenedOnItsOwn() throws Exception {
        BadgeClass badge = create();
        people.as("admin", () -> badgeClasses.uploadImage(badge.id(),
                new ImageUpload("b.svg", "image/svg+xml", TestImages.svg())));

        http.perform(get("/api/v1/badge-classes/{id}/image", badge.id()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/svg+xml"))
                .andExpect(header().string("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; sandbox"));
    }

    @Test
    void aBadgeWithoutAnImageGetsAPlaceholderMedalWithItsInitialsEscaped() throws Exception {
        form.name = "<Amis> & \"Co\"";
        BadgeClass badge = create();

        byte[] body = http.perform(get("/api/v1/badge-classes/{id}/image", badge.id()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/svg+xml"))
                .andExpect(header().exists(HttpHeaders.CACHE_CONTROL))
                .andReturn().getResponse().getContentAsByteArray();

        String svg = new String(body, StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("<title>&lt;Amis&gt; &amp; &quot;Co&quot;</title>")
                .contains(">AC</text>").doesNotContain("<Amis>");
        assertThat(badgeClasses.checkImage(new ImageUpload("p.svg", "image/svg+xml", body)).mediaType())
                .isEqualTo("image/svg+xml");
    }

    @Test
    void anUnchangedImageIsNotSentAgain() throws Exception {
        BadgeClass badge = create();
        String etag = http.perform(get("/api/v1/badge-classes/{id}/image", badge.id()))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        http.perform(get("/api/v1/badge-classes/{id}/image", badge.id()).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(content().bytes(new byte[0]));
    }

    @Test
    void anUnknownBadgeClassIsAProblemDetail404() throws Exception {
        http.perform(get("/api/v1/badge-classes/{id}/image", "00000000-0000-0000-0000-000000000003")
                        .locale(Locale.ENGLISH))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("badge-class.unknown"))
                .andExpect(jsonPath("$.detail").value("This badge does not exist."));
    }

    private BadgeClass create() {
        return people.as("admin", () -> badgeClasses.create(form.build()));
    }
}
