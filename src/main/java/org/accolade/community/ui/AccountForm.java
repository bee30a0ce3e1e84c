package org.accolade.community.ui;

import java.util.Locale;

import org.accolade.community.AccountSetup;

/** What the invitation page's form edits; {@link #setup()} turns it into the command. */
class AccountForm {

    private String name = "";
    private String password = "";
    private String passwordAgain = "";
    private Locale language;

    AccountForm(String name, Locale language) {
        this.name = name == null ? "" : name;
        this.language = language;
    }

    AccountSetup setup() {
        return new AccountSetup(name, password, language == null ? null : language.getLanguage());
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getPassword() {
        return password;
    }

    void setPassword(String password) {
        this.password = password;
    }

    String getPasswordAgain() {
        return passwordAgain;
    }

    void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    Locale getLanguage() {
        return language;
    }

    void setLanguage(Locale language) {
        this.language = language;
    }
}
