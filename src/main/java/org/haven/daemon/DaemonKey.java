package org.haven.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * Everything a command's result could depend on besides its arguments and the files it reads:
 * the folder it runs in, the Java runtime and its options, Haven's own jar and the whole
 * environment. A background Haven serves only commands with its own key, so it cannot build
 * differently from the process it stands in for; a command run with anything different simply
 * builds in its own process.
 */
public record DaemonKey(String hex) {
    /**
     * Set by a shell as one moves between folders, or naming the terminal window, tab or remote
     * session a command was typed in (macOS Terminal, iTerm, Windows Terminal, VS Code, tmux, X,
     * ssh), and read by nothing Haven runs: a second tab in the same folder shares its Haven
     * rather than starting another.
     */
    private static final Set<String> SHELL_BOOKKEEPING = Set.of(
            "OLDPWD",
            "_",
            "SHLVL",
            "TERM_SESSION_ID",
            "ITERM_SESSION_ID",
            "WT_SESSION",
            "WINDOWID",
            "TMUX_PANE",
            "VSCODE_IPC_HOOK_CLI",
            "VSCODE_GIT_IPC_HANDLE",
            "SSH_CLIENT",
            "SSH_CONNECTION",
            "SSH_TTY",
            "GPG_TTY");

    private static final int BYTES = 12;

    /** As long as the name a key gives a file. */
    static final String LONGEST_NAME = "0".repeat(BYTES * 2);

    public DaemonKey {
        if (!hex.matches("[0-9a-f]{" + BYTES * 2 + "}")) throw new IllegalArgumentException("not a key: " + hex);
    }

    public static DaemonKey ofThisProcess() {
        return of(
                System.getProperty("user.dir"),
                JavaCommand.ofThisProcess(),
                System.getenv(),
                TimeZone.getDefault().getID() + " " + Locale.getDefault() + " " + System.getProperty("file.encoding"));
    }

    static DaemonKey of(String folder, JavaCommand command, Map<String, String> environment, String defaults) {
        MessageDigest digest = sha256();
        add(digest, "folder", folder);
        add(digest, "java", command.executable());
        command.options().stream()
                .filter(option -> !JavaCommand.isClassArchive(option))
                .forEach(option -> add(digest, "option", option));
        add(digest, "classpath", classpathStamp(command.classpath()));
        new TreeMap<>(environment).forEach((name, value) -> {
            if (!SHELL_BOOKKEEPING.contains(name)) add(digest, "env", name + "=" + value);
        });
        add(digest, "defaults", defaults);
        return new DaemonKey(HexFormat.of().formatHex(digest.digest(), 0, BYTES));
    }

    /** Each jar's path, size and time, so that a Haven rebuilt or upgraded is a different key. */
    static String classpathStamp(String classpath) {
        StringBuilder stamp = new StringBuilder();
        for (String entry : classpath.split(File.pathSeparator))
            stamp.append(fileStamp(entry)).append('\n');
        return stamp.toString();
    }

    private static String fileStamp(String entry) {
        try {
            Path path = Path.of(entry);
            return entry + " " + Files.size(path) + " "
                    + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException | RuntimeException e) {
            return entry + " absent";
        }
    }

    private static void add(MessageDigest digest, String kind, String value) {
        digest.update((kind + "\0" + value + "\0").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
