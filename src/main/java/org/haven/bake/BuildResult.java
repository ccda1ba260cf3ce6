package org.haven.bake;

import org.haven.checks.Problem;
import org.haven.content.Page;

import java.util.List;

/** A successful build: the site, the warnings found on the way, and the pages it holds. */
public record BuildResult(SiteOutput output, List<Problem> warnings, List<Page> pages) {
}
