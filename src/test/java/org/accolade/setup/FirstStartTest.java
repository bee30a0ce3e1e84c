package org.accolade.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.community.MemberService;
import org.accolade.community.Role;
import org.accolade.mail.MailTemplate;
import org.accolade.mail.internal.SentMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The production start as a stranger meets it: the prod profile, no demo data, and only ACCOLADE_ADMIN_EMAIL to go
 * on. The first administrator's link comes by mail and once in the log, and makes a system and issuer admin.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {
        "spring.profiles.active=prod",
        "spring.datasource.url=jdbc:h2:mem:first-start;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "accolade.public-base-url=https://badges.lycee-exemple.fr",
        "accolade.signing.secret=a-production-secret-of-at-least-32-characters",
        "accolade.first-admin.email=Directrice@Lycee-Exemple.fr",
        "accolade.first-admin.issuer-name=Lycée Exemple",
        "camunda.bpm.job-execution.enabled=false" })
class FirstStartTest {

    private static final Pattern LOGGED_LINK = Pattern.compile("https://badges\\.lycee-exemple\\.fr/invite/(\\S+)");

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private FirstStart firstStart;
    @Autowired
    private MemberService members;
    @Autowired
    private IssuerService issuers;
    @Autowired
    private SentMail sentMail;

    @Test
    void theFirstAdministratorIsInvitedOnceByMailAndInTheLogAndBecomesSystemAndIssuerAdmin(CapturedOutput log)
            throws Exception {
        String address = "directrice@lycee-exemple.fr";
        assertThat(members.findByEmail("alice@example.org")).as("no demo data under prod").isEmpty();
        assertThat(issuers.all()).extracting(Issuer::name, Issuer::url, Issuer::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lycée Exemple",
                        "https://badges.lycee-exemple.fr", address));
        assertThat(members.findByEmail(address).orElseThrow().roles()).as("granted when the invitation is accepted")
                .containsExactly(Role.MEMBER);
        assertThat(sentMail.to(address)).singleElement()
                .satisfies(mail -> assertThat(mail.template()).isEqualTo(MailTemplate.MEMBER_INVITATION.name()));

        firstStart.run(null);
        assertThat(sentMail.to(address)).as("a restart while the link is open sends nothing").hasSize(1);
        Matcher link = LOGGED_LINK.matcher(log.getAll());
        assertThat(link.find()).as("the link is in the log").isTrue();
        String token = link.group(1);
        assertThat(link.find()).as("written once").isFalse();

        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        http.perform(post("/api/v1/invitations/" + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Nadia Directrice\",\"password\":\"a long passphrase\",\"language\":\"fr\"}"))
                .andExpect(status().isCreated());
        http.perform(get("/api/v1/admin/outbox").with(httpBasic(address, "a long passphrase")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        assertThat(members.findByEmail(address).orElseThrow().roles())
                .contains(Role.SYSTEM_ADMIN, Role.ORGANISATION_ADMIN);

        firstStart.run(null);
        assertThat(sentMail.to(address)).as("an administrator exists: nobody is invited again").hasSize(1);
    }
}
