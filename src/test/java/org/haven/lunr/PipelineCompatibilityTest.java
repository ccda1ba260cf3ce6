package org.haven.lunr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Tokenizer, trimmer, stop word filter, stemmer and number printing against lunr.js under Node. */
class PipelineCompatibilityTest {

    /** A large vocabulary: the shared seed documents, the system dictionary, the corpus and made-up words. */
    static List<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>();
        List<Path> sources = new ArrayList<>();
        Path seeds = NodeLunr.repoRoot().getParent().resolve("shared/seeds");
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> s = Files.list(seeds)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path dict = Paths.get("/usr/share/dict/words");
        if (Files.isRegularFile(dict)) sources.add(dict);
        for (Path p : sources) {
            try {
                for (Token t : Tokenizer.tokenize(Files.readString(p, StandardCharsets.UTF_8))) {
                    words.add(t.toString());
                    words.add(Trimmer.trim(t.toString()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Corpus.Doc d : Corpus.documents(300)) {
            for (Token t : Tokenizer.tokenize(d.title() + " " + d.summary() + " " + d.body()))
                words.add(Trimmer.trim(t.toString()));
        }
        String[] suffixes = {
            "", "s", "es", "ies", "ss", "ed", "eed", "ing", "y", "ational", "tional", "enci", "anci", "izer", "bli",
            "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness",
            "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance",
            "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "sion", "tion", "ou", "ism", "ate",
            "iti", "ous", "ive", "ize", "e", "ll", "lled", "ying", "bled", "ated", "izing"
        };
        String[] stems = {
            "y", "ya", "yo", "b", "bo", "cat", "hop", "tann", "fil", "fail", "fizz", "rel", "cond", "rat", "val",
            "sens", "gener", "form", "agr", "sky", "di", "l", "happ", "control", "yell", "troubl", "siz", "cr", "conn",
            "tr", "w", "wxy", "ab", "oa", "aaa", "qqq", "xyz", "bcd", "ee", "ii", "uu", "ł", "é", "ü", "日", "😀",
            "\u0085", "Y", "9", "_"
        };
        for (String st : stems) for (String su : suffixes) words.add(st + su);
        Random r = new Random(7);
        String letters = "aeiouybcdlmnrstwxzgh";
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(10);
            for (int k = 0; k < n; k++) sb.append(letters.charAt(r.nextInt(letters.length())));
            words.add(sb.toString());
        }
        words.remove("");
        return new ArrayList<>(words);
    }

    @Test
    @DisplayName("stems every word of a large vocabulary exactly as lunr.stemmer does")
    @SuppressWarnings("unchecked")
    void stemmerMatchesLunr() {
        List<String> words = vocabulary();
        assertTrue(words.size() > 5000, "vocabulary has only " + words.size() + " words");
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("command", "stem");
        req.put("words", words);
        List<Object> stems = (List<Object>) NodeLunr.call(req).get("stems");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String ours = Stemmer.stem(words.get(i));
            if (!ours.equals(stems.get(i)))
                failures.add(words.get(i) + " -> lunr.js " + stems.get(i) + ", ours " + ours);
        }
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + words.size() + " stems differ:\n"
                        + String.join("\n", failures.subList(0, Math.min(50, failures.size()))));
    }

    @Test
    @DisplayName("tokenizes (with positions), trims and filters stop words exactly as lunr.js on the corpus")
    @SuppressWarnings("unchecked")
    void tokenizerTrimmerAndStopWordsMatchLunr() {
        List<String> texts = new ArrayList<>();
        for (Corpus.Doc d : Corpus.documents(300)) {
            texts.add(d.title());
            texts.add(d.summary());
            texts.add(d.body());
        }
        texts.add("a\u00a0b\u2003c\u3000d\ufeffe\u180ef\u0085g\u2028h-i--j \t\n k");
        texts.add("İstanbul ΣΊΣΥΦΟΣ ΟΔΟΣ straße Ǆemal ﬁnance");
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("command", "pipeline");
        req.put("texts", texts);
        List<Object> expected = (List<Object>) NodeLunr.call(req).get("texts");
        int tokens = 0;
        for (int i = 0; i < texts.size(); i++) {
            List<Object> exp = (List<Object>) expected.get(i);
            List<Token> ours = Tokenizer.tokenize(texts.get(i), List.of("body"));
            assertEquals(exp.size(), ours.size(), "token count for: " + texts.get(i));
            for (int j = 0; j < exp.size(); j++) {
                Map<String, Object> e = (Map<String, Object>) exp.get(j);
                Token t = ours.get(j);
                String trimmed = Trimmer.trim(t.toString());
                Map<String, Object> actual = new LinkedHashMap<>();
                actual.put("str", t.toString());
                actual.put("position", Json.parse(Json.stringify(t.metadata("position"))));
                actual.put("index", (double) (Integer) t.metadata("index"));
                actual.put("trimmed", trimmed);
                actual.put("stop", StopWordFilter.isStopWord(trimmed));
                assertEquals(e, actual, "token " + j + " of: " + texts.get(i));
                tokens++;
            }
        }
        assertTrue(tokens > 10000, "only " + tokens + " tokens compared");
    }

    @Test
    @DisplayName("prints numbers exactly as JSON.stringify does")
    @SuppressWarnings("unchecked")
    void numbersPrintLikeJavaScript() {
        List<Object> numbers = new ArrayList<>(List.of(
                0.0,
                1.0,
                -1.0,
                1.5,
                0.288,
                0.1,
                0.2 + 0.1,
                1e21,
                1e20,
                123456789012345680000.0,
                1e-7,
                1.5e-7,
                0.000001,
                0.0000015,
                5e-324,
                Double.MAX_VALUE,
                37.36,
                4.103,
                1234.5,
                1e15,
                1e16,
                2.5e-5,
                Math.PI,
                -0.001,
                100.0,
                1.0 / 3,
                2.0 / 3,
                9007199254740993.0,
                0.1 * 3));
        Random r = new Random(3);
        for (int i = 0; i < 2000; i++) {
            numbers.add(Js.round(r.nextDouble() * 50 * 1000) / 1000);
            numbers.add(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
            numbers.add(Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL));
        }
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("command", "numbers");
        req.put("numbers", numbers);
        List<Object> strings = (List<Object>) NodeLunr.call(req).get("strings");
        for (int i = 0; i < numbers.size(); i++) {
            double d = ((Number) numbers.get(i)).doubleValue();
            assertEquals(strings.get(i), Js.numberToString(d), "printing " + d);
        }
    }
}
