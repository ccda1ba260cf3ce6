package org.haven.content;

import java.util.regex.Pattern;

/** UK telephone numbers as people write them and as {@code tel:} links need them. */
public final class PhoneNumbers {
    private static final Pattern UK_NUMBER = Pattern.compile("\\+44\\d{7,10}|0\\d{7,10}|\\d{3,6}");

    private PhoneNumbers() {
    }

    public static boolean isUkNumber(String written) {
        return written != null && UK_NUMBER.matcher(digits(written)).matches();
    }

    /** {@code 0161 217 6028} becomes {@code tel:+441612176028}; short numbers like 999 stay as they are. */
    public static String telHref(String written) {
        String digits = digits(written);
        if (digits.startsWith("0") && digits.length() > 6) return "tel:+44" + digits.substring(1);
        return "tel:" + digits;
    }

    private static String digits(String written) {
        return written.replaceAll("[\\s()\\-.]", "");
    }
}
