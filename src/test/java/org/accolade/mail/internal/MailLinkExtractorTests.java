package org.accolade.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.Locale;

import org.accolade.mail.MailTemplate;
import org.accolade.mail.TemplateModels;
import org.junit.jupiter.api.Test;

class MailLinkExtractorTests {

    @Test
    void theHttpLinksOfATextAreFoundOnceEachInOrder() {
        String text = """
                Open https://accolade.example/tasks/t1 now, or http://localhost:8080/ob/a1.
                (See https://accolade.example/help?topic=mail#retry) and https://accolade.example/tasks/t1 again.
                Not ftp://files.example nor mailto:someone@example.org.""";

        assertThat(LinkExtractor.linksIn(text)).containsExactly("https://accolade.example/tasks/t1",
                "http://localhost:8080/ob/a1", "https://accolade.example/help?topic=mail#retry");
    }

    @Test
    void aRenderedMailsLinksAreItsModelsUrls() {
        RenderedMail mail = new MailRenderer(ZoneOffset.UTC).render(MailTemplate.INVITATION, Locale.FRENCH,
                TemplateModels.full(MailTemplate.INVITATION));

        assertThat(LinkExtractor.linksIn(mail.body())).containsExactly("https://accolade.example/invitations/abc123");
    }

    @Test
    void aTextWithoutLinksHasNone() {
        assertThat(LinkExtractor.linksIn("Bonjour,\nÀ bientôt")).isEmpty();
    }
}
