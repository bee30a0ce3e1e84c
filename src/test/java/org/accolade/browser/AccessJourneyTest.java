package org.accolade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

class AccessJourneyTest extends BrowserTest {

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageInTheirLanguage() {
        WebDriver browser = open("fr");

        go("/tasks");

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().endsWith("/login"));
        assertThat(waitFor(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).getText())
                .isEqualTo("Se connecter");
        screenshot("login-fr");
    }

    @Test
    void aMemberWhoOpensTheAdministrationIsToldItIsNotAllowed() {
        open("en");
        signIn("alice", "demo");

        go("/admin/badge-classes");

        assertThat(waitFor(By.tagName("h2")).getText()).isEqualTo("Not allowed");
        assertThat(all(By.tagName("vaadin-grid"))).isEmpty();
    }
}
