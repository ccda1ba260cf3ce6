package org.haven.cli;

import java.nio.file.Path;

/** A command that works on a site folder, so what goes wrong can be said of the site's files. */
interface OnASite {
    Path siteFolder();
}
