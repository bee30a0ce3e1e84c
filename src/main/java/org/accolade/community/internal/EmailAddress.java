package org.accolade.community.internal;

import java.util.Locale;

import org.accolade.shared.DomainException;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Email addresses as the community keeps them: one plain address, trimmed and lower-cased. */
public final class EmailAddress {

    /** The longest address a mail system delivers to, and the size of the columns that keep one. */
    public static final int MAX_LENGTH = 320;

    private EmailAddress() {
    }

    public static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** The address, normalised; anything but one plain address is refused with {@code code} on field email. */
    public static String parse(String email, String code) {
        String address = email == null ? "" : normalize(email);
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (!parsed.getAddress().equals(address) || !address.contains("@") || address.length() > MAX_LENGTH) {
                throw new AddressException(address);
            }
            return address;
        } catch (AddressException e) {
            throw DomainException.invalid(code, "email");
        }
    }
}
