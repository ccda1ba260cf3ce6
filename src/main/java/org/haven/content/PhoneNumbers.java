package org.haven.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** UK telephone numbers as people write them and as {@code tel:} links need them. */
public final class PhoneNumbers {
    private static final Pattern UK_NUMBER = Pattern.compile("\\+44\\d{7,10}|0\\d{7,10}|\\d{3,6}");

    /**
     * A number as written in running text: a long number from 0 or +44, its groups split by
     * single spaces or hyphens, the area code perhaps in brackets; or a short service number.
     * Not part of a longer run of digits, a price, a date or a decimal.
     */
    private static final Pattern WRITTEN = Pattern.compile(
            "(?<![\\w+£$€./,:-])(?:(?:\\+44 ?(?:\\(0\\) ?)?|\\(?0)\\d{2,4}\\)?(?:[ \u00a0-]?\\d{2,4}){1,3}"
                    + "|999|112|111|101|116 ?\\d{3})(?![\\w-]|[.,:/]\\d)");

    /** A phone number found in text, from {@code start} to {@code end}, as written there. */
    public record Found(int start, int end, String written) {
        public String digits() {
            return PhoneNumbers.digits(written);
        }
    }

    private PhoneNumbers() {}

    /**
     * Words that say a short number is one to call ("phone 999", "NHS 111", "call 999 or 112"):
     * without one, "Room 101" or a table's "111" is a count, not a number to dial. Besides English,
     * the words of the languages Haven's interface ships in and Somali ("zadzwoń pod numer 999",
     * "اتصل بالرقم 999"); Urdu says it after the number ("999 پر فون کریں").
     */
    private static final Pattern CALLING =
            Pattern.compile("(?iU)\\b(phone|call|calling|ring|dial|text|telephone|tel|on|or"
                    + "|nhs|police|emergency|number|line|ffoniwch|ffonio|rhif|zadzwoń|dzwoń|numer|numerem|pod|sună|sunați"
                    + "|numărul|la|телефонуйте|зателефонуйте|дзвоніть|номер|номером|اتصل|اتصلي|بالرقم|الرقم|رقم|نمبر|wac"
                    + "|lambarka)\\W{0,3}$");

    private static final Pattern CALLING_AFTER = Pattern.compile("(?U)^\\W{0,3}(پر )?فون\\b");

    /** Every UK phone number written in {@code text}, in order. */
    public static List<Found> findIn(String text) {
        return findIn(text, null);
    }

    /**
     * The same, with {@code emergencyPhone} (the site's, such as 999) a number to call wherever it
     * is written: the words before it that say so are English ones, and a page in Polish or Urdu
     * says "pod numer 999" or "پولیس کو 999 پر".
     */
    public static List<Found> findIn(String text, String emergencyPhone) {
        // Most runs of text hold no digit, and every number needs one: they skip the pattern.
        if (!hasDigit(text)) return List.of();
        String emergency = emergencyPhone == null ? null : digits(emergencyPhone);
        List<Found> found = new ArrayList<>();
        Matcher match = WRITTEN.matcher(text);
        while (match.find()) {
            String digits = digits(match.group());
            boolean isShort = !digits.startsWith("0");
            boolean toCall = digits.equals(emergency) || saysToCall(text, match.start(), match.end());
            if (!isDialable(digits) || isShort && !toCall) continue;
            found.add(new Found(match.start(), match.end(), match.group()));
        }
        return found;
    }

    private static boolean saysToCall(String text, int before, int after) {
        return CALLING.matcher(text.substring(Math.max(0, before - 30), before)).find()
                || CALLING_AFTER
                        .matcher(text.substring(after, Math.min(text.length(), after + 12)))
                        .find();
    }

    /** Numbers of a length UK numbering gives: 11 digits, 10 for some, 8 to 10 for freephone, or a short service number. */
    private static boolean isDialable(String digits) {
        if (!digits.startsWith("0")) return digits.length() <= 6;
        if (digits.startsWith("0800") || digits.startsWith("0808"))
            return digits.length() >= 8 && digits.length() <= 11;
        return digits.length() == 10 || digits.length() == 11;
    }

    private static String national(String digits) {
        return digits.startsWith("+44") ? "0" + digits.substring(3).replaceFirst("^\\(?0\\)?", "") : digits;
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

    /** The number's digits alone, in the national form: {@code +44 (0)161 217 6028} is {@code 01612176028}. */
    public static String digits(String written) {
        StringBuilder kept = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (!isSeparator(c)) kept.append(c);
        }
        return national(kept.toString());
    }

    /** What people put between a number's groups: white space, a no-break space, brackets, hyphens and dots. */
    private static boolean isSeparator(char c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == 0x0B
                || c == '\f'
                || c == '\r'
                || c == '\u00a0'
                || c == '('
                || c == ')'
                || c == '-'
                || c == '.';
    }

    /** Whether the text holds what {@code \d} matches: an ASCII digit. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') return true;
        }
        return false;
    }
}
