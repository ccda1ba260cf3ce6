package org.haven.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import com.google.common.jimfs.WatchServiceConfiguration;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeEvent.EventType;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving a page, a setting, a template or a picture rebuilds the preview once; a build's output
 * or anything else beside the site's folders does not. Tried on a Windows-style file system in
 * memory (Jimfs), through the events the watcher hands on, and on this machine's own file
 * system with the operating system's events.
 *
 * <p>directory-watcher cannot watch the inside of Jimfs's folders: Jimfs accepts, and ignores,
 * the "whole tree" option the library asks Windows for, so the library watches only the folder
 * it was given. On Jimfs the tests therefore check how events become rebuilds, the walk that
 * chooses what to watch, and what the library sees at the top of the site.
 */
class FolderWatcherTest {
    private static final List<String> SITE_FOLDERS = List.of("content", "data", "templates", "assets");
    private static final long PATIENCE_SECONDS = 20;
    /** Ten times as long as changes take to settle: nothing more comes after it. */
    private static final long QUIET_MILLIS = SiteChanges.SETTLE.toMillis() * 10;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : opened) closeable.close();
    }

    @Test
    void onWindowsEachBurstOfSavesInTheSitesFoldersGivesOneRebuild() throws Exception {
        Path site = windowsSite();
        Semaphore rebuilt = new Semaphore(0);
        SiteChanges changes = changes(site, rebuilt);

        Path page = site.resolve("content\\reporting\\worried.adoc");
        changes.onEvent(event(EventType.CREATE, site.resolve("content\\reporting\\worried.adoc.tmp"), site));
        changes.onEvent(event(EventType.MODIFY, page, site));
        changes.onEvent(event(EventType.DELETE, site.resolve("content\\reporting\\worried.adoc.tmp"), site));

        assertTrue(rebuilt.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS), "an editor's save rebuilds");
        assertFalse(rebuilt.tryAcquire(QUIET_MILLIS, TimeUnit.MILLISECONDS), "once");
        changes.onEvent(event(EventType.MODIFY, site.resolve("data\\site.yaml"), site));
        assertTrue(rebuilt.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS), "a setting saved later rebuilds again");
    }

    @Test
    void onWindowsAFolderIsTheSameWhateverItsCase() throws IOException {
        Path site = windowsSite();
        SiteChanges changes = changes(site, new Semaphore(0));

        assertTrue(changes.concernsTheSite(site.getFileSystem().getPath("C:\\SITES\\ANYTOWN\\Content\\index.adoc")));
        assertTrue(changes.concernsTheSite(site.resolve("templates")), "a site's first templates folder");
        assertFalse(changes.concernsTheSite(site.getFileSystem().getPath("C:\\sites\\anytown-old\\content\\a.adoc")));
    }

    @Test
    void onWindowsABuildsOutputAndFilesBesideTheSiteGiveNoRebuild() throws Exception {
        Path site = windowsSite();
        Semaphore rebuilt = new Semaphore(0);
        SiteChanges changes = changes(site, rebuilt);

        changes.onEvent(event(EventType.MODIFY, site.resolve("target\\site\\index.html"), site));
        changes.onEvent(event(EventType.CREATE, site.resolve(".git\\index.lock"), site));
        changes.onEvent(event(EventType.MODIFY, site.resolve("README.md"), site));
        changes.onEvent(event(EventType.CREATE, site.resolve("contents-backup\\a.adoc"), site));

        assertFalse(rebuilt.tryAcquire(QUIET_MILLIS, TimeUnit.MILLISECONDS));
    }

    @Test
    void lostEventsRebuildToBeSafe() throws Exception {
        Path site = windowsSite();
        Semaphore rebuilt = new Semaphore(0);
        SiteChanges changes = changes(site, rebuilt);

        changes.onEvent(new DirectoryChangeEvent(EventType.OVERFLOW, false, null, null, 1, site));

        assertTrue(rebuilt.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void onWindowsOnlyTheSitesFoldersAreWalkedToBeWatched() throws IOException {
        Path site = windowsSite();
        Files.createDirectories(site.resolve("target\\site\\news"));
        Files.writeString(site.resolve("target\\site\\index.html"), "<p>built</p>");
        Files.createDirectories(site.resolve(".git\\objects"));
        Files.writeString(site.resolve("README.md"), "notes");
        List<String> folders = new ArrayList<>();
        List<String> files = new ArrayList<>();

        changes(site, new Semaphore(0))
                .recursiveVisitFiles(
                        site,
                        folder -> folders.add(site.relativize(folder).toString()),
                        file -> files.add(site.relativize(file).toString()));

        assertEquals(List.of("", "assets", "assets\\images", "content", "content\\reporting", "data"), sorted(folders));
        assertEquals(
                List.of("assets\\images\\logo.svg", "content\\reporting\\worried.adoc", "data\\site.yaml"),
                sorted(files));
    }

    @Test
    void onWindowsTheWatcherSeesASiteFolderMadeAfterItStartedButNotOtherFolders() throws Exception {
        FileSystem windows = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setWatchServiceConfiguration(WatchServiceConfiguration.polling(10, TimeUnit.MILLISECONDS))
                .build());
        opened.add(windows);
        Path site = site(windows.getPath("C:\\sites\\anytown"));
        Semaphore rebuilt = new Semaphore(0);
        watch(site, rebuilt, windows.newWatchService());

        Files.createDirectories(site.resolve("target"));
        Files.writeString(site.resolve("README.md"), "notes");
        assertFalse(rebuilt.tryAcquire(1, TimeUnit.SECONDS), "nothing of the site changed");

        Files.createDirectories(site.resolve("templates"));
        assertTrue(rebuilt.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS), "a new templates folder rebuilds");
    }

    @Test
    void onThisMachineSavesInTheSitesFoldersRebuildAndTheOutputDoesNot(@TempDir Path folder) throws Exception {
        Path site = site(folder.resolve("anytown"));
        Files.createDirectories(site.resolve("target/site"));
        Semaphore rebuilt = new Semaphore(0);
        watch(site, rebuilt, null);

        Files.writeString(site.resolve("target/site/index.html"), "<p>built</p>");
        Files.writeString(site.resolve("README.md"), "notes");
        assertFalse(rebuilt.tryAcquire(2, TimeUnit.SECONDS), "a build's output is not a change of the site");

        Files.writeString(site.resolve("content/reporting/worried.adoc"), "= Worried\n\nEdited.\n");
        assertTrue(rebuilt.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS), "a saved page rebuilds");

        Files.createDirectories(site.resolve("content/news/2026"));
        awaitQuiet(rebuilt);
        Files.writeString(site.resolve("content/news/2026/launch.adoc"), "= Launch\n");
        assertTrue(rebuilt.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS), "a page in a new folder rebuilds");

        Files.createDirectories(site.resolve("templates"));
        awaitQuiet(rebuilt);
        Files.writeString(site.resolve("templates/concern.peb"), "{% extends \"layout\" %}");
        assertTrue(rebuilt.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS), "a site's first template rebuilds");
    }

    private SiteChanges changes(Path site, Semaphore rebuilt) {
        SiteChanges changes = new SiteChanges(site, SITE_FOLDERS, rebuilt::release);
        opened.add(changes);
        return changes;
    }

    private void watch(Path site, Semaphore rebuilt, java.nio.file.WatchService service) {
        opened.add(new FolderWatcher(site, SITE_FOLDERS, rebuilt::release, service));
    }

    /** Waits until a burst's rebuilds are over, so the next step's rebuild is its own. */
    private static void awaitQuiet(Semaphore rebuilt) throws InterruptedException {
        while (rebuilt.tryAcquire(500, TimeUnit.MILLISECONDS)) {
            // drain
        }
    }

    private Path windowsSite() throws IOException {
        FileSystem windows = Jimfs.newFileSystem(Configuration.windows());
        opened.add(windows);
        return site(windows.getPath("C:\\sites\\anytown"));
    }

    private static Path site(Path site) throws IOException {
        Files.createDirectories(site.resolve("content").resolve("reporting"));
        Files.createDirectories(site.resolve("data"));
        Files.createDirectories(site.resolve("assets").resolve("images"));
        Files.writeString(site.resolve("content").resolve("reporting").resolve("worried.adoc"), "= Worried\n");
        Files.writeString(site.resolve("data").resolve("site.yaml"), "name: Anytown\n");
        Files.writeString(site.resolve("assets").resolve("images").resolve("logo.svg"), "<svg/>");
        return site;
    }

    private static DirectoryChangeEvent event(EventType type, Path path, Path root) {
        return new DirectoryChangeEvent(type, false, path, null, 1, root);
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }
}
