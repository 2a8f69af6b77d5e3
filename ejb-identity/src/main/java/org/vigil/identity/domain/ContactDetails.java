package org.vigil.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Email addresses and phone numbers in the one form Vigil stores and compares: lower-case email,
 * E.164 phone ({@code +} and digits). Anything that cannot be brought to that form is refused.
 */
public final class ContactDetails {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-().]");

    private ContactDetails() {
    }

    public static String email(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("not an email address");
        }
        return email;
    }

    public static String phone(String raw) {
        String phone = raw == null ? "" : PHONE_SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (phone.startsWith("00")) {
            phone = "+" + phone.substring(2);
        }
        if (!E164.matcher(phone).matches()) {
            throw new IllegalArgumentException("not an international phone number (E.164, e.g. +41791234567)");
        }
        return phone;
    }

    /** {@code +41*****4567}: enough for a person to recognise their number in a log or a page. */
    public static String maskedPhone(String phone) {
        return phone.substring(0, 3) + "*".repeat(Math.max(0, phone.length() - 7)) + phone.substring(phone.length() - 4);
    }
}
