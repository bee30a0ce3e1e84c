package org.accolade.shared;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's public address ({@code accolade.public-base-url}) and every link to it that the application
 * hands out: in mails, in the log, in the documents it hosts. The base is read in this one place, without its
 * trailing slash, so that no link gets two slashes and no two places spell the same link differently.
 */
@Component
public class PublicLinks {

    private final String base;

    public PublicLinks(@Value("${accolade.public-base-url}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The public address itself, without a trailing slash. */
    public String base() {
        return base;
    }

    /** Whether {@code url} is an address of this application: the base itself or a path under it. */
    public boolean isOwn(String url) {
        return url.equals(base) || url.startsWith(base + "/");
    }

    /** The page where an invited person creates their account. */
    public String invitation(String token) {
        return base + "/invite/" + token;
    }

    /** The page where a partner organisation endorses or declines. */
    public String endorsement(String token) {
        return base + "/endorse/" + token;
    }

    public String task(String taskId) {
        return base + "/tasks/" + taskId;
    }

    public String nomination(UUID nominationId) {
        return base + "/nominations/" + nominationId;
    }

    /** The human page of an awarded badge, with its OpenGraph tags: the address people share. */
    public String badgePage(UUID assertionId) {
        return base + "/badges/" + assertionId;
    }

    /** The admins' outbox screen. */
    public String outbox() {
        return base + "/admin/outbox";
    }

    /** A process instance in Camunda Cockpit, for the operators. */
    public String cockpitProcessInstance(String processInstanceId) {
        return base + "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId;
    }
}
