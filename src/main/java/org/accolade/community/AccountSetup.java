package org.accolade.community;

/** What an invited person chooses when creating their account. */
public record AccountSetup(String name, String password, String language) {
}
