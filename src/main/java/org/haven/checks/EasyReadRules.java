package org.haven.checks;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.haven.content.Language;
import org.haven.content.Page;
import org.haven.problems.Problems;

/**
 * Easy-read pages: short sentences, counted in words in any language; in English, no acronym the
 * glossary (written in English) does not explain.
 */
final class EasyReadRules {
    private static final int MAX_WORDS = 15;
    /** Full stops, question and exclamation marks, in Latin, Arabic and Urdu, Devanagari and Bengali scripts. */
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?۔؟।])\\s+");
    /** Letters with their marks (vowel signs and accents written as marks), and digits. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’{}-]+");

    private static final Pattern ACRONYM = Pattern.compile("\\b([A-Z]{2,})s?\\b");

    private EasyReadRules() {}

    static void check(Page page, Language language, Set<String> glossaryTerms, Problems problems) {
        List<String> lines = page.text().lines();
        int bodyStart = bodyStart(page);
        for (int i = bodyStart; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (isMarkup(line)) continue;
            for (String sentence : SENTENCE_END.split(line)) {
                long words = WORD.matcher(sentence.replaceAll("\\{[^}]+}", "X"))
                        .results()
                        .count();
                if (words > MAX_WORDS) {
                    problems.warning(
                            page.source(),
                            i + 1,
                            "An easy-read sentence has " + words + " words; easy read keeps to " + MAX_WORDS
                                    + " or fewer.",
                            "Split it into two shorter sentences: '" + abbreviate(sentence) + "'");
                }
            }
            if (!language.isEnglish()) continue;
            // FILL IN is reported as still to write, not as an acronym.
            var acronyms = ACRONYM.matcher(line.replaceAll("\\{[^}]+}", "").replace(SourceRules.PLACEHOLDER, ""));
            while (acronyms.find()) {
                String acronym = acronyms.group(1);
                if (!glossaryTerms.contains(acronym)) {
                    problems.warning(
                            page.source(),
                            i + 1,
                            "The easy-read page uses '" + acronym + "', which is not explained.",
                            "Write the words in full, or add " + acronym + " to data/glossary.yaml.");
                }
            }
        }
    }

    private static int bodyStart(Page page) {
        int last = page.header().titleLine();
        for (int line : page.header().lines().values()) last = Math.max(last, line);
        return last;
    }

    private static boolean isMarkup(String line) {
        return line.isEmpty()
                || line.startsWith("image:")
                || line.startsWith("=")
                || line.startsWith(":")
                || line.startsWith("//")
                || line.startsWith("[")
                || line.startsWith("|")
                || line.startsWith("----");
    }

    private static String abbreviate(String sentence) {
        return sentence.length() > 60 ? sentence.substring(0, 57) + "…" : sentence;
    }
}
