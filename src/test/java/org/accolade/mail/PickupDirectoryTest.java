package org.accolade.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.accolade.People;
import org.accolade.community.InvitationService;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.accolade.community.Role;
import org.accolade.mail.internal.MailDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The local run's mail without an SMTP server: each message a file in the recipient's folder, its link working. */
@MailIntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:pickup-directory;DB_CLOSE_DELAY=-1")
class PickupDirectoryTest {

    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");

    @TempDir
    static Path pickup;

    @DynamicPropertySource
    static void pickupDirectory(DynamicPropertyRegistry registry) {
        registry.add("accolade.mail.pickup-directory", () -> pickup.toString());
    }

    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    MailOutbox outbox;
    @Autowired
    InvitationService invitations;
    @Autowired
    MemberService members;
    @Autowired
    UserDetailsService users;

    @Test
    void anInvitationLeavesAsAFileWithAWorkingLinkWhileTheOutboxShowsItMasked() throws IOException {
        People people = new People(members, users);
        people.as("admin", () -> invitations.inviteMember("Zoe.Nouvelle@example.org", "Zoé", Locale.FRENCH,
                Set.of(Role.MEMBER), Membership.member(people.college())));

        dispatcher.dispatchDue();

        List<Path> files;
        try (Stream<Path> mailbox = Files.list(pickup.resolve("zoe.nouvelle@example.org"))) {
            files = mailbox.toList();
        }
        assertThat(files).singleElement().satisfies(file -> assertThat(file.toString()).endsWith(".eml"));
        String mail = Files.readString(files.get(0), StandardCharsets.UTF_8);
        Matcher link = LINK.matcher(mail.replace("=\r\n", "").replace("=\n", ""));
        assertThat(link.find()).as("the delivered mail carries the link").isTrue();
        assertThat(invitations.describe(link.group(1)).email()).isEqualTo("zoe.nouvelle@example.org");
        assertThat(people.as("admin", () -> outbox.list("SENT", 0, 10))).singleElement()
                .satisfies(sent -> assertThat(sent.body()).doesNotContain(link.group(1)));
    }
}
