package org.haven.bake;

import java.util.List;
import java.util.Map;
import org.haven.content.Page;
import org.haven.content.SiteConfig;
import org.haven.problems.Problem;

/**
 * A successful build: the site, the warnings found on the way, the pages it holds, the
 * reading grade of each (by source file) and the settings it was built with.
 */
public record BuildResult(
        SiteOutput output,
        List<Problem> warnings,
        List<Page> pages,
        Map<String, Double> readingGrades,
        SiteConfig site) {}
