package org.haven.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.haven.problems.Problems;
import org.haven.support.SiteFolderFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site folder gives the same web addresses on a Windows laptop (paths with {@code \}, a drive
 * letter) as on Linux or macOS: its pages' and files' paths are joined with {@code /}.
 */
class WebPathTest {
    @TempDir
    Path realFolder;

    private FileSystem windows;

    @BeforeEach
    void openWindowsDisk() {
        windows = Jimfs.newFileSystem(Configuration.windows());
    }

    @AfterEach
    void closeWindowsDisk() throws IOException {
        windows.close();
    }

    @Test
    void onAWindowsDiskAFilesPathInsideTheSiteIsWrittenWithForwardSlashes() {
        Path site = windows.getPath("C:\\Users\\comms\\Documents\\anytown-site");
        assertEquals(
                "C:\\Users\\comms\\Documents\\anytown-site\\assets",
                site.resolve("assets").toString());
        assertEquals(
                "images/easy/phone.svg",
                WebPath.of(site.resolve("assets"), site.resolve("assets\\images\\easy\\phone.svg")));
        assertEquals("content/index.adoc", WebPath.of(site, site.resolve("content\\index.adoc")));
    }

    @Test
    void pagesOnAWindowsDiskArePublishedAtTheSameAddressesAsOnThisComputer() throws IOException {
        Path onWindows = windows.getPath("C:\\Users\\comms\\Documents\\anytown-site");
        Path here = realFolder.resolve("anytown-site");
        List<String> expected =
                List.of("/", "/reporting/worried-about-a-child/", "/reporting/worried-about-a-child/easy-read/");

        assertEquals(expected, addressesOfPagesIn(onWindows));
        assertEquals(expected, addressesOfPagesIn(here));
    }

    private static List<String> addressesOfPagesIn(Path site) throws IOException {
        write(site.resolve("content").resolve("index.adoc"), SiteFolderFixture.HOME);
        Path reporting = site.resolve("content").resolve("reporting");
        write(reporting.resolve("worried-about-a-child.adoc"), SiteFolderFixture.CONCERN);
        write(
                reporting.resolve("worried-about-a-child.easy.adoc"),
                "= Worried about a child?\n:jbake-status: published\n\nPhone us.\n");
        Problems problems = new Problems();
        List<String> addresses = new ContentFolder(site, problems)
                .readPages().stream().map(Page::url).sorted().toList();
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        return addresses;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
