package org.haven.support;

import java.nio.file.Path;

/** The Stockport example site that comes with Haven, which many tests build. */
public final class ExampleSite {
    /** Its site folder (content/, data/, assets/), under the repository root the tests run in. */
    public static final Path ROOT = Path.of("examples", "stockport").toAbsolutePath();

    private ExampleSite() {}
}
