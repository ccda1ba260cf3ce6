package org.haven.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.haven.problems.Problems;

/** Checks one page's header against the content contract and turns it into a {@link Page}. */
public final class PageReader {
    private final Problems problems;

    public PageReader(Problems problems) {
        this.problems = problems;
    }

    /** The page, or null when its header breaks a rule marked error (each is reported). */
    public Page read(SourceText text, String url, boolean easyRead) {
        PageHeader header = PageHeader.parse(text);
        String file = text.file();
        long errorsBefore = problems.errors();
        if (header.title() == null) {
            problems.error(
                    file,
                    1,
                    "The page has no title.",
                    "Make the first line the title, starting with '= ', for example: = Worried about a child?");
        }
        boolean draft = status(header, file);
        order(header, file);
        if (easyRead) {
            if (problems.errors() > errorsBefore) return null;
            return new Page(
                    file,
                    url,
                    true,
                    PageType.PAGE,
                    header.title(),
                    draft,
                    date(header, file, "jbake-date"),
                    List.of(),
                    header.get("summary"),
                    audience(header, file),
                    null,
                    header.get("owner"),
                    header.get("lang"),
                    new NoDetails(),
                    header,
                    text);
        }
        PageType type = type(header, file);
        LocalDate date = date(header, file, "jbake-date");
        if (date == null && (type == PageType.NEWS || type == PageType.REVIEW) && header.get("jbake-date") == null) {
            problems.error(
                    file,
                    header.lineOf("jbake-type"),
                    "A " + type.word() + " page needs a date, and this one has none.",
                    "Add ':jbake-date: YYYY-MM-DD' under the title, the date it was published.");
        }
        String summary = required(
                header,
                file,
                "summary",
                "one sentence that says what the page is for; it is shown in listings and search results");
        Audience audience = audience(header, file);
        LocalDate reviewBy = date(header, file, "review-by");
        // Checked on every page, not only news: a date Haven cannot read is an error wherever it is written.
        LocalDate expires = date(header, file, "expires");
        PageDetails details = details(type, header, file, expires);
        if (problems.errors() > errorsBefore) return null;
        return new Page(
                file,
                url,
                false,
                type,
                header.title(),
                draft,
                date,
                list(header.get("jbake-tags")),
                summary,
                audience,
                reviewBy,
                header.get("owner"),
                header.get("lang"),
                details,
                header,
                text);
    }

    private PageDetails details(PageType type, PageHeader header, String file, LocalDate expires) {
        switch (type) {
            case LEVEL: {
                Integer level = level(header, file);
                String name =
                        required(header, file, "level-name", "the level's name, e.g. ':level-name: Additional needs'");
                return level == null ? null : new LevelDetails(level, name); // null: reported, so no page is made
            }
            case PRIORITY: {
                String plan = required(header, file, "plan", "the plan it belongs to, e.g. ':plan: 2023-2026'");
                return new PriorityDetails(plan, scope(header, file));
            }
            case REVIEW: {
                String reviewType =
                        required(header, file, "review-type", "the kind of review, e.g. ':review-type: CSPR'");
                String subject = required(header, file, "subject", "who the review is about, e.g. ':subject: Child E'");
                List<String> themes = list(header.get("themes"));
                if (themes.isEmpty()) {
                    problems.error(
                            file,
                            header.lineOf("themes"),
                            "A review needs at least one theme, and this one has none.",
                            "Add ':themes:' with a comma list, e.g. ':themes: neglect, information sharing'.");
                }
                return new ReviewDetails(reviewType, subject, themes, header.get("report"), header.get("briefing"));
            }
            case NEWS:
                return new NewsDetails(expires);
            default:
                return new NoDetails();
        }
    }

    private boolean status(PageHeader header, String file) {
        String status = header.get("jbake-status");
        if ("published".equals(status)) return false;
        if ("draft".equals(status)) return true;
        problems.error(
                file,
                header.lineOf("jbake-status"),
                status == null
                        ? "The page has no ':jbake-status:', so Haven cannot tell whether to publish it."
                        : "':jbake-status: " + status + "' is not a status Haven knows.",
                "Add ':jbake-status: published' to publish it, or ':jbake-status: draft' to keep it out of the site for now.");
        return true;
    }

    private PageType type(PageHeader header, String file) {
        String value = header.get("jbake-type");
        if (value == null) {
            problems.error(
                    file,
                    header.lineOf("jbake-type"),
                    "The page has no ':jbake-type:'.",
                    "Add ':jbake-type: page' under the title, or another type: " + PageType.choices() + ".");
            return PageType.PAGE;
        }
        return PageType.parse(value).orElseGet(() -> {
            problems.error(
                    file,
                    header.lineOf("jbake-type"),
                    "':jbake-type: " + value + "' is not a type Haven knows.",
                    "Use one of: " + PageType.choices() + ".");
            return PageType.PAGE;
        });
    }

    private Audience audience(PageHeader header, String file) {
        String value = header.get("audience");
        if (value == null) return Audience.EVERYONE;
        return Audience.parse(value).orElseGet(() -> {
            problems.error(
                    file,
                    header.lineOf("audience"),
                    "':audience: " + value + "' is not an audience Haven knows.",
                    "Use one of: " + Audience.choices() + ".");
            return Audience.EVERYONE;
        });
    }

    private LocalDate date(PageHeader header, String file, String name) {
        String value = header.get(name);
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.error(
                    file,
                    header.lineOf(name),
                    "':" + name + ": " + value + "' is not a date Haven can read.",
                    "Write the date as YYYY-MM-DD, for example ':" + name + ": 2024-04-01'.");
            return null;
        }
    }

    static boolean isWholeNumber(String value) {
        return value.trim().matches("-?\\d{1,9}");
    }

    private void order(PageHeader header, String file) {
        String value = header.get("order");
        if (value != null && !isWholeNumber(value)) {
            problems.error(
                    file,
                    header.lineOf("order"),
                    "':order: " + value + "' is not a whole number.",
                    "Write the page's place as a whole number, e.g. ':order: 1'; lower numbers come first.");
        }
    }

    private Integer level(PageHeader header, String file) {
        String value = required(header, file, "level", "the level's number, e.g. ':level: 2'");
        if (value == null) return null;
        try {
            int level = Integer.parseInt(value.trim());
            if (level >= 1) return level;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.error(
                file,
                header.lineOf("level"),
                "':level: " + value + "' is not a level number.",
                "Write the level as a whole number from 1 up, e.g. ':level: 2'.");
        return null;
    }

    private Scope scope(PageHeader header, String file) {
        String value = required(header, file, "scope", "whose priority it is: joint, children or adults");
        if (value == null) return null;
        return Scope.parse(value).orElseGet(() -> {
            problems.error(
                    file,
                    header.lineOf("scope"),
                    "':scope: " + value + "' is not a scope Haven knows.",
                    "Use ':scope: joint', ':scope: children' or ':scope: adults'.");
            return null;
        });
    }

    private String required(PageHeader header, String file, String name, String what) {
        String value = header.get(name);
        if (value == null) {
            problems.error(
                    file,
                    header.lineOf(name),
                    "The page has no ':" + name + ":', which it needs.",
                    "Add ':" + name + ":' under the title with " + what + ".");
        }
        return value;
    }

    static List<String> list(String commaList) {
        if (commaList == null) return List.of();
        return Arrays.stream(commaList.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
