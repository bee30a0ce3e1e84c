package org.accolade.community;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.accolade.community.internal.EmailAddress;
import org.accolade.shared.DomainException;

/**
 * The checks of a public profile, a partner's or an organisation's: each returns the value to keep, stripped, or
 * refuses it naming its field, with the code {@code <prefix>.<field>.<reason>} so that each kind of profile words its
 * own messages.
 */
public final class ProfileFields {

    /** The longest texts a profile keeps, for the checks and the editors' fields alike. */
    public static final int NAME_MAX_LENGTH = 200;
    public static final int WEBSITE_MAX_LENGTH = 500;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;

    private final String prefix;

    public ProfileFields(String prefix) {
        this.prefix = prefix;
    }

    public String name(String value) {
        return required(value, "name", NAME_MAX_LENGTH);
    }

    /** Profiles are linked to from badges and pages: only a full web address will do. */
    public String website(String value) {
        String url = required(value, "website", WEBSITE_MAX_LENGTH);
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException notAUrl) {
            // refused below, like any other address that is not a web page's
        }
        throw DomainException.invalid(prefix + ".website.invalid", "website");
    }

    public String email(String value) {
        if (stripped(value).isEmpty()) {
            throw DomainException.invalid(prefix + ".email.required", "email");
        }
        return EmailAddress.parse(value, prefix + ".email.invalid");
    }

    /** Optional: null when blank. */
    public String description(String value) {
        String text = stripped(value);
        if (text.length() > DESCRIPTION_MAX_LENGTH) {
            throw DomainException.invalid(prefix + ".description.too-long", "description", DESCRIPTION_MAX_LENGTH);
        }
        return text.isEmpty() ? null : text;
    }

    public String language(Locale value) {
        if (value == null || !Languages.isSupported(value.getLanguage())) {
            throw DomainException.invalid(prefix + ".language", "language");
        }
        return value.getLanguage();
    }

    private String required(String value, String field, int maxLength) {
        String text = stripped(value);
        if (text.isEmpty()) {
            throw DomainException.invalid(prefix + "." + field + ".required", field);
        }
        if (text.length() > maxLength) {
            throw DomainException.invalid(prefix + "." + field + ".too-long", field, maxLength);
        }
        return text;
    }

    private static String stripped(String value) {
        return value == null ? "" : value.strip();
    }
}
