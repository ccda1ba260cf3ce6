package org.haven.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.haven.problems.Problems;

/**
 * Reads {@code data/site.yaml}, {@code data/glossary.yaml} and {@code data/thesaurus.yaml},
 * reporting every rule they break.
 */
public final class SiteDataLoader {
    public static final String SITE_FILE = "data/site.yaml";
    public static final String GLOSSARY_FILE = "data/glossary.yaml";
    public static final String THESAURUS_FILE = "data/thesaurus.yaml";
    private static final String DEFAULT_THESAURUS = "thesaurus.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern CONTACT_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path siteRoot;
    private final Problems problems;
    private final boolean publishing;

    /** @param publishing whether the site is being built to publish, when a setting still to fill in is an error rather than a warning */
    public SiteDataLoader(Path siteRoot, Problems problems, boolean publishing) {
        this.siteRoot = siteRoot;
        this.problems = problems;
        this.publishing = publishing;
    }

    /** The site's settings, or null when {@code site.yaml} is missing or broken (the problems say why). */
    public SiteConfig loadSite() {
        if (!Files.isRegularFile(siteRoot.resolve(SITE_FILE))) {
            problems.error(
                    SITE_FILE,
                    0,
                    "The site has no data/site.yaml, so Haven does not know the partnership's name or contacts.",
                    "Create data/site.yaml with name, short-name, url, emergency-phone and contacts (see the content contract).");
            return null;
        }
        SourceText source = read(SITE_FILE);
        if (source == null) return null;
        JsonNode root = parse(source);
        if (root == null) return null;
        stillToFillIn(source);
        if (!root.isObject()) {
            problems.error(
                    SITE_FILE,
                    1,
                    "data/site.yaml should be a list of settings such as 'name: …', but it is not.",
                    "Start the file with 'name: Your Partnership Name' and add the other settings below it.");
            return null;
        }
        String name = required(source, root, "name", "the partnership's full name");
        String shortName = required(source, root, "short-name", "a short name such as SSCP");
        String url = required(source, root, "url", "the site's address, such as https://www.example.org.uk");
        if (url != null && !FillIn.isIn(url) && !SafeUrls.isSiteAddress(url)) {
            problems.error(
                    SITE_FILE,
                    keyLine(source, "url"),
                    "url '" + url + "' is not a web address.",
                    "Write the full address, starting with https://, with the path if the site has one"
                            + " (https://org.github.io/site/), and nothing after a ? or #.");
        }
        String emergency = required(source, root, "emergency-phone", "the emergency number, \"999\"");
        if (emergency != null && !FillIn.isIn(emergency) && !PhoneNumbers.isUkNumber(emergency)) {
            problems.error(
                    SITE_FILE,
                    keyLine(source, "emergency-phone"),
                    "emergency-phone '" + emergency + "' is not a UK phone number.",
                    "Write it in quotes, for example: emergency-phone: \"999\"");
        }
        List<Contact> contacts = contacts(source, root.get("contacts"));
        String exitUrl = text(root, "exit-url");
        if (exitUrl == null) exitUrl = "https://www.bbc.co.uk/weather";
        if (!FillIn.isIn(exitUrl) && !SafeUrls.isHttps(exitUrl)) {
            problems.error(
                    SITE_FILE,
                    keyLine(source, "exit-url"),
                    "exit-url '" + exitUrl + "' is not a web address starting https://,"
                            + " so 'Leave this site' would not take people away quickly.",
                    "Write the address of an everyday website, such as exit-url: https://www.bbc.co.uk/weather");
        }
        String language = text(root, "language");
        double gradeLimit =
                root.has("reading-grade") ? root.get("reading-grade").asDouble(9) : 9;
        Accessibility accessibility = accessibility(source, root.get("accessibility"));
        return new SiteConfig(
                name,
                shortName,
                url,
                language == null ? "en-GB" : language,
                emergency,
                contacts,
                exitUrl,
                accessibility,
                gradeLimit,
                root.path("example").asBoolean(false),
                navigation(source, root.get("navigation")));
    }

    /** The glossary's terms; an empty list when there is no glossary. */
    public List<GlossaryTerm> loadGlossary() {
        SourceText source = read(GLOSSARY_FILE);
        if (source == null) return List.of();
        JsonNode root = parse(source);
        if (root == null || root.isNull() || root.isMissingNode()) return List.of();
        if (!root.isArray()) {
            problems.error(
                    GLOSSARY_FILE,
                    1,
                    "data/glossary.yaml should be a list of terms, each starting with '- term:'.",
                    "Write each term as:\n      - term: CSPR\n        meaning: Child Safeguarding Practice Review\n        definition: One plain sentence.");
            return List.of();
        }
        List<GlossaryTerm> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode entry : root) {
            String term = text(entry, "term");
            String meaning = text(entry, "meaning");
            int line = term == null ? 0 : source.lineMatching(Pattern.compile("term:\\s*[\"']?" + Pattern.quote(term)));
            if (term == null || meaning == null) {
                problems.error(
                        GLOSSARY_FILE,
                        line,
                        "A glossary entry " + (term == null ? "has no 'term'" : "for '" + term + "' has no 'meaning'")
                                + ".",
                        "Give every entry a term and a meaning, and a definition if you can.");
                continue;
            }
            if (!seen.add(term)) {
                problems.error(
                        GLOSSARY_FILE,
                        line,
                        "The term '" + term + "' is in the glossary twice.",
                        "Keep one of the two entries.");
                continue;
            }
            terms.add(new GlossaryTerm(term, meaning, text(entry, "definition")));
        }
        return terms;
    }

    /** Haven's search thesaurus, then the site's own entries from {@code data/thesaurus.yaml}. */
    public List<EverydayWords> loadThesaurus() {
        List<EverydayWords> entries = new ArrayList<>(thesaurus(defaultThesaurus()));
        SourceText own = read(THESAURUS_FILE);
        if (own != null) entries.addAll(thesaurus(own));
        return entries;
    }

    private static SourceText defaultThesaurus() {
        try (var in = SiteDataLoader.class.getResourceAsStream(DEFAULT_THESAURUS)) {
            return SourceText.of(DEFAULT_THESAURUS, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Haven's own thesaurus is missing from its jar", e);
        }
    }

    private List<EverydayWords> thesaurus(SourceText source) {
        JsonNode root = parse(source);
        if (root == null || root.isNull() || root.isMissingNode()) return List.of();
        String example = "Write each entry as:\n      - words: hit, hitting, smacked\n        means: abuse, harm";
        if (!root.isArray()) {
            problems.error(
                    source.file(),
                    1,
                    source.file() + " should be a list of entries, each starting with '- words:'.",
                    example);
            return List.of();
        }
        List<EverydayWords> entries = new ArrayList<>();
        for (JsonNode entry : root) {
            List<String> words = commaList(entry.get("words"));
            if (words.isEmpty()) {
                problems.error(
                        source.file(),
                        0,
                        "A thesaurus entry has no 'words' (what people type)"
                                + (entry.has("means")
                                        ? ": the one meaning '"
                                                + entry.get("means").asText() + "'."
                                        : "."),
                        example);
                continue;
            }
            entries.add(new EverydayWords(words, commaList(entry.get("means"))));
        }
        return entries;
    }

    /** A YAML list, or one line of words separated by commas. */
    private static List<String> commaList(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (node.isArray()) node.forEach(item -> out.addAll(commaList(item)));
        else for (String part : node.asText().split(",")) if (!part.isBlank()) out.add(part.trim());
        return out;
    }

    private List<Contact> contacts(SourceText source, JsonNode node) {
        List<Contact> contacts = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.error(
                    SITE_FILE,
                    keyLine(source, "contacts"),
                    "site.yaml has no contacts: people need at least one number to call.",
                    "Add a 'contacts:' list with at least one entry that has an id, a name, 'for' and a phone number.");
            return contacts;
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode entry : node) {
            String id = text(entry, "id");
            int line = id == null
                    ? keyLine(source, "contacts")
                    : source.lineMatching(Pattern.compile("id:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*$"));
            if (id == null || !CONTACT_ID.matcher(id).matches()) {
                problems.error(
                        SITE_FILE,
                        line,
                        "A contact has "
                                + (id == null
                                        ? "no id"
                                        : "the id '" + id + "', which has characters other than a-z, 0-9 and -")
                                + ".",
                        "Give each contact a short id in lower case, such as 'id: massh'; pages use it as {contact-massh-phone}.");
                continue;
            }
            if (!ids.add(id)) {
                problems.error(
                        SITE_FILE, line, "Two contacts have the id '" + id + "'.", "Give each contact its own id.");
                continue;
            }
            String name = text(entry, "name");
            String phone = text(entry, "phone");
            String forWhom = text(entry, "for");
            if (name == null)
                problems.error(
                        SITE_FILE,
                        line,
                        "Contact '" + id + "' has no name.",
                        "Add 'name:' with what people will see, e.g. 'Children's Services'.");
            if (phone == null || !FillIn.isIn(phone) && !PhoneNumbers.isUkNumber(phone)) {
                problems.error(
                        SITE_FILE,
                        line,
                        "Contact '" + id + "' "
                                + (phone == null
                                        ? "has no phone number"
                                        : "has the phone '" + phone + "', which is not a UK number")
                                + ".",
                        "Write a UK number such as 'phone: 0161 217 6028'.");
            }
            Audience audience = forWhom == null
                    ? Audience.EVERYONE
                    : Audience.parse(forWhom).orElse(null);
            if (audience == null) {
                problems.error(
                        SITE_FILE,
                        line,
                        "Contact '" + id + "' is 'for: " + forWhom + "', which Haven does not know.",
                        "Use for: " + Audience.choices() + ".");
                audience = Audience.EVERYONE;
            }
            String url = text(entry, "url");
            if (url != null && !FillIn.isIn(url) && !SafeUrls.isHttpsOrSitePath(url)) {
                problems.error(
                        SITE_FILE,
                        line,
                        "Contact '" + id + "' has the url '" + url
                                + "', which is not a web address starting https:// or a page of this site.",
                        "Write the full address of the contact's online form, starting https://");
            }
            contacts.add(new Contact(
                    id,
                    name == null ? id : name,
                    audience,
                    phone == null ? "" : phone,
                    text(entry, "hours"),
                    url,
                    text(entry, "email")));
        }
        return contacts;
    }

    private List<NavigationSetting> navigation(SourceText source, JsonNode node) {
        List<NavigationSetting> links = new ArrayList<>();
        if (node == null) return links;
        if (!node.isArray()) {
            problems.error(
                    SITE_FILE,
                    keyLine(source, "navigation"),
                    "navigation should be a list of links, but it is not.",
                    "Write each link on its own lines: '- label: Report a concern' and below it 'page: reporting/index.adoc'.");
            return links;
        }
        for (JsonNode entry : node) {
            String label = text(entry, "label");
            String page = text(entry, "page");
            int line = page == null
                    ? keyLine(source, "navigation")
                    : source.lineMatching(Pattern.compile("page:\\s*[\"']?" + Pattern.quote(page) + "[\"']?\\s*$"));
            if (label == null || page == null) {
                problems.error(
                        SITE_FILE,
                        line,
                        "A navigation link has no " + (label == null ? "label" : "page") + ".",
                        "Give each link both 'label:' (the words people see) and 'page:' (a file under content/, or an address such as /levels-of-need/).");
                continue;
            }
            links.add(new NavigationSetting(label, page, line));
        }
        return links;
    }

    private Accessibility accessibility(SourceText source, JsonNode node) {
        JsonNode a = node == null ? YAML.createObjectNode() : node;
        List<String> issues = new ArrayList<>();
        if (a.get("known-issues") != null) a.get("known-issues").forEach(issue -> issues.add(issue.asText()));
        for (String dateKey : List.of("prepared-on", "reviewed-on")) {
            String value = text(a, dateKey);
            if (value != null && !FillIn.isIn(value) && !isDate(value)) {
                problems.error(
                        SITE_FILE,
                        keyLine(source, dateKey),
                        "accessibility " + dateKey + " '" + value + "' is not a date.",
                        "Write the date as YYYY-MM-DD, e.g. 2025-04-01.");
            }
        }
        return new Accessibility(
                orElse(text(a, "standard"), "WCAG 2.2 AA"),
                orElse(text(a, "compliance"), "partially"),
                issues,
                text(a, "report-email"),
                text(a, "report-phone"),
                a.has("response-days") ? a.get("response-days").asInt(5) : 5,
                dateOrNull(text(a, "prepared-on")),
                dateOrNull(text(a, "reviewed-on")));
    }

    /**
     * Each line of site.yaml still saying FILL IN ({@code haven init} writes them): the preview
     * shows the words as they are, but they must never reach the public. A value still to fill in
     * is not checked further, so it is reported once.
     */
    private void stillToFillIn(SourceText source) {
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!FillIn.isIn(line) || line.trim().startsWith("#")) continue;
            String key = line.contains(":")
                    ? line.substring(0, line.indexOf(':')).replace("-", " ").trim()
                    : "";
            String message = "site.yaml still says '" + FillIn.MARK + "'"
                    + (key.isEmpty() || key.startsWith("#") ? "" : " for " + key)
                    + (publishing
                            ? ", so the site cannot be published."
                            : ": the site cannot be published until it is written.");
            String fix = "Write the partnership's own words in place of '" + FillIn.MARK
                    + "…' on this line (keep the part before the ':').";
            if (publishing) problems.error(SITE_FILE, i + 1, message, fix);
            else problems.warning(SITE_FILE, i + 1, message, fix);
        }
    }

    private String required(SourceText source, JsonNode root, String key, String what) {
        String value = text(root, key);
        if (value == null) {
            problems.error(
                    SITE_FILE, 0, "site.yaml has no '" + key + "'.", "Add a line '" + key + ": …' with " + what + ".");
        }
        return value;
    }

    private JsonNode parse(SourceText source) {
        try {
            JsonNode node = YAML.readTree(source.text());
            return node == null ? YAML.nullNode() : node;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String reason = e.getOriginalMessage().split("\n")[0];
            problems.error(
                    source.file(),
                    line,
                    "This YAML cannot be read: " + reason + ".",
                    "Check the indentation (spaces, not tabs) and put text with a ':' or '#' in quotes.");
            return null;
        }
    }

    /** The file's text; null when it is not there, or cannot be read (a problem then says why). */
    private SourceText read(String file) {
        if (!Files.isRegularFile(siteRoot.resolve(file))) return null;
        return new ContentFolder(siteRoot, problems).readText(file);
    }

    private static int keyLine(SourceText source, String key) {
        return source.lineMatching(Pattern.compile("^\\s*" + Pattern.quote(key) + ":"));
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node == null ? null : node.get(key);
        if (value == null || value.isNull() || value.isContainerNode()) return null;
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    private static String orElse(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    /** A date still to fill in (reported already) is left out, as if not given. */
    private static String dateOrNull(String value) {
        return value != null && isDate(value) ? value : null;
    }

    static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
