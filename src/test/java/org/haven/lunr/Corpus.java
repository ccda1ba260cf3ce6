package org.haven.lunr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.haven.support.ExampleSite;

/**
 * Test documents: every content/**.adoc page in the repository (title and body from the raw text)
 * plus deterministic generated documents full of punctuation, digits, apostrophes, hyphens,
 * accented letters, non-Latin scripts and emoji.
 */
public final class Corpus {
    private Corpus() {}

    /** A document with fields title, summary, body and tags (a list), and a document boost. */
    public record Doc(String ref, String title, String summary, String body, List<String> tags, double boost) {
        public Map<String, Object> fields() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", ref);
            m.put("title", title);
            m.put("summary", summary);
            m.put("body", body);
            m.put("tags", tags);
            return m;
        }
    }

    static final String[] ENGLISH =
            ("child children safeguarding safeguard safeguarded partnership partnerships review reviews reviewing "
                            + "practice practices practical learning learned learner neglect neglected neglectful abuse abused abusive "
                            + "worried worry worrying concern concerns concerned report reporting reported reports level levels need "
                            + "needs needed early help helping helpful helpfulness family families parent parents parenting carer carers "
                            + "school schools teacher teachers police policing health nurse nursing hospital hospitals doctor doctors "
                            + "social worker workers work working assessment assessments assess assessed plan plans planning planned "
                            + "protection protect protected protective exploitation exploited exploiting criminal criminally county lines "
                            + "domestic violence violent online safety safe safely safer unsafe risk risks risky harm harmful harmed "
                            + "training trained trainer multi agency agencies meeting meetings relational relationship relationships "
                            + "generalization generalizations conditional conditionally rational rationality hopeful hopefulness "
                            + "sensitivity sensitive electrical electricity formalize formalized adjustable adjustment dependent "
                            + "controlling controlled hopping hoped hoping agreed agreement feed feeding sky skies flies dying lying "
                            + "happy happily happiness fitting filing troubling sized sizing relate related relating probate rate rating "
                            + "yes yellow youth youthful young yearly year years the and of to a in is it that for on with as was "
                            + "be by this are or from at an not but have has they their them you your we our us can will would "
                            + "should could must may might about after all also any because been being between both during each "
                            + "rather since than then there these those through under until very what when where which while who why")
                    .split(" ");

    static final String[] FOREIGN = {
        "café",
        "naïve",
        "über",
        "über-große",
        "søster",
        "blåbær",
        "façade",
        "résumé",
        "coöperate",
        "Ærø",
        "zażółć",
        "gęślą",
        "jaźń",
        "dziecko",
        "bezpieczeństwo",
        "Łódź",
        "pomoc",
        "rodzina",
        "بچوں",
        "حفاظت",
        "مدد",
        "خاندان",
        "اسکول",
        "پولیس",
        "儿童",
        "保护",
        "安全",
        "学校",
        "家庭",
        "帮助",
        "儿童保护",
        "παιδί",
        "ασφάλεια",
        "οικογένεια",
        "σχολείο",
        "ΟΔΟΣ",
        "βοήθεια",
        "😀",
        "👶🏽",
        "❤️",
        "🏫school",
        "help🙂",
        "👨‍👩‍👧",
        "İstanbul",
        "straße",
        "ﬁnance",
        "Ǆemal",
        "ΣΊΣΥΦΟΣ"
    };

    static final String[] PUNCT = {
        "", "", "", "", ",", ".", ";", ":", "!", "?", "'s", "'", "\"", ")", "…", "—", "–", ".", ","
    };
    static final String[] PREFIX = {"", "", "", "", "", "(", "\"", "'", "¿", "#", "@", "*", "_"};

    /** The documents: the example site's pages first, then generated ones, at least {@code minimum} in all. */
    public static List<Doc> documents(int minimum) {
        List<Doc> docs = new ArrayList<>(pages());
        docs.addAll(generated(Math.max(minimum - docs.size(), 260), 20240601L));
        return docs;
    }

    /** Every page of the example site: the first "= " line is the title, the rest the body. */
    public static List<Doc> pages() {
        Path content = ExampleSite.ROOT.resolve("content");
        List<Doc> docs = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(content)) {
            files = s.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String title = "";
            String summary = "";
            StringBuilder body = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                if (title.isEmpty() && line.startsWith("= "))
                    title = line.substring(2).trim();
                else if (line.startsWith(":summary:"))
                    summary = line.substring(9).trim();
                else body.append(line).append('\n');
            }
            String ref = content.relativize(f).toString().replace('\\', '/');
            docs.add(new Doc(ref, title, summary, body.toString(), List.of("page", ref.split("/")[0]), 0));
        }
        return docs;
    }

    /** Deterministic generated documents. */
    public static List<Doc> generated(int count, long seed) {
        Random r = new Random(seed);
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String ref =
                    switch (i % 5) {
                        case 0 -> Integer.toString(1000 - i); // numeric refs: JS orders such object keys first
                        case 1 -> "gen/" + i;
                        case 2 -> "doc-" + i;
                        case 3 -> "Ref " + i + " é";
                        default -> Integer.toString(i);
                    };
            String title = sentence(r, 2 + r.nextInt(6));
            String summary = i % 7 == 0 ? "" : sentence(r, 5 + r.nextInt(15));
            StringBuilder body = new StringBuilder();
            int paragraphs = 1 + r.nextInt(4);
            for (int p = 0; p < paragraphs; p++) {
                body.append(sentence(r, 10 + r.nextInt(60))).append(r.nextInt(4) == 0 ? "\n\n" : " ");
            }
            List<String> tags = new ArrayList<>();
            int nt = r.nextInt(4);
            for (int t = 0; t < nt; t++) tags.add(word(r));
            double boost = i % 9 == 0 ? 1 + r.nextInt(3) : (i % 13 == 0 ? 0.5 : 0);
            docs.add(new Doc(ref, title, summary, body.toString(), tags, boost));
        }
        return docs;
    }

    static String word(Random r) {
        int k = r.nextInt(100);
        String w;
        if (k < 70) w = ENGLISH[r.nextInt(ENGLISH.length)];
        else if (k < 82) w = FOREIGN[r.nextInt(FOREIGN.length)];
        else if (k < 88) w = Integer.toString(r.nextInt(k < 85 ? 10 : 3000));
        else if (k < 91) w = ENGLISH[r.nextInt(ENGLISH.length)] + "-" + ENGLISH[r.nextInt(ENGLISH.length)];
        else if (k < 93) w = ENGLISH[r.nextInt(ENGLISH.length)] + "'" + (r.nextBoolean() ? "s" : "t");
        else if (k < 95) w = "level " + (1 + r.nextInt(4));
        else if (k < 96) w = "3.5%";
        else if (k < 97) w = "0161\u00a0474\u00a04000";
        else if (k < 98) w = "e.g.";
        else if (k < 99) w = "---";
        else w = "CSPR";
        if (r.nextInt(8) == 0) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        if (r.nextInt(40) == 0) w = w.toUpperCase();
        return w;
    }

    static String sentence(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) sb.append(r.nextInt(30) == 0 ? "\t" : r.nextInt(40) == 0 ? " - " : " ");
            sb.append(PREFIX[r.nextInt(PREFIX.length)]).append(word(r)).append(PUNCT[r.nextInt(PUNCT.length)]);
        }
        return sb.toString();
    }
}
