package org.haven.checks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.problems.Problems;

/**
 * How deeply a page nests blocks in blocks and lists in lists, measured before Asciidoctor
 * reads it: Asciidoctor reads nesting by calling itself, so a page nested thousands deep
 * (by mistake, or to harm) would exhaust it, or take minutes. No real page comes near the
 * limit.
 */
public final class NestingRules {
    /** Deeper than any page a person writes: the deepest in the example site is a handful. */
    public static final int LIMIT = 64;

    private static final Pattern DELIMITER =
            Pattern.compile("^(={4,}|\\*{4,}|_{4,}|-{4,}|\\.{4,}|\\+{4,}|/{4,}|--|[|!,:]={3,})$");
    /** Blocks whose content is taken as written: nothing inside them opens a block. */
    private static final Set<Character> VERBATIM = Set.of('-', '.', '+', '/');

    private static final Pattern LIST_ITEM =
            Pattern.compile("^[ \\t]*(-|\\*+|\\.+|\\u2022|\\d+\\.|[a-zA-Z]\\.|[IVXivx]+\\))[ \\t]+\\S");

    private static final Pattern NUMBERED = Pattern.compile("\\d+\\.");
    private static final Pattern SMALL_ROMAN = Pattern.compile("[ivx]+\\)");
    private static final Pattern CAPITAL_ROMAN = Pattern.compile("[IVX]+\\)");
    private static final Pattern SMALL_LETTER = Pattern.compile("[a-z]\\.");
    private static final Pattern CAPITAL_LETTER = Pattern.compile("[A-Z]\\.");

    private NestingRules() {}

    /**
     * @param file the page, relative to the site folder
     * @return whether the page is within the limit (a page beyond it must not be converted)
     */
    public static boolean check(String file, List<String> lines, Problems problems) {
        Deque<String> blocks = new ArrayDeque<>();
        List<String> listMarkers = new ArrayList<>();
        boolean afterBlank = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (!blocks.isEmpty() && line.equals(blocks.peek())) {
                blocks.pop();
                continue;
            }
            if (!blocks.isEmpty() && isVerbatim(blocks.peek())) continue;
            if (DELIMITER.matcher(line).matches()) {
                blocks.push(line);
            } else {
                followLists(line, afterBlank, listMarkers);
            }
            afterBlank = line.isBlank();
            if (blocks.size() + listMarkers.size() > LIMIT) {
                problems.error(
                        file,
                        i + 1,
                        "The page nests blocks and lists more than " + LIMIT
                                + " deep here, which Haven will not convert.",
                        "Close the blocks you opened (a block ends with the same line that began it, such as ====), "
                                + "and keep lists to a few levels.");
                return false;
            }
        }
        return true;
    }

    private static boolean isVerbatim(String delimiter) {
        return delimiter.length() >= 4 && VERBATIM.contains(delimiter.charAt(0));
    }

    /** Items numbered 1., 2. (or a., b.; i), ii)) are one level. */
    private static String levelOf(String marker) {
        if (NUMBERED.matcher(marker).matches()) return "1.";
        if (SMALL_ROMAN.matcher(marker).matches()) return "i)";
        if (CAPITAL_ROMAN.matcher(marker).matches()) return "I)";
        if (SMALL_LETTER.matcher(marker).matches()) return "a.";
        if (CAPITAL_LETTER.matcher(marker).matches()) return "A.";
        return marker;
    }

    /** A list goes one level deeper for each marker it has not used yet, and back up to a marker it has. */
    private static void followLists(String line, boolean afterBlank, List<String> markers) {
        Matcher item = LIST_ITEM.matcher(line);
        if (item.lookingAt()) {
            String marker = levelOf(item.group(1));
            int known = markers.indexOf(marker);
            if (known >= 0) markers.subList(known + 1, markers.size()).clear();
            else markers.add(marker);
        } else if (afterBlank && !line.isBlank() && !line.equals("+")) {
            markers.clear();
        }
    }
}
