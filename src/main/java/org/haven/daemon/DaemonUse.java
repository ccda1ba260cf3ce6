package org.haven.daemon;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a command line may be run by a background Haven: only the commands that build, and
 * never in CI (a runner's job ends with it), with {@code --no-daemon}, or with
 * {@code HAVEN_DAEMON=off}.
 */
public final class DaemonUse {
    public static final String NO_DAEMON = "--no-daemon";

    private static final Set<String> BUILDING = Set.of("build", "check");
    private static final Set<String> NOT_A_BUILD = Set.of(NO_DAEMON, "--help", "-h", "--version", "-V");
    private static final Set<String> OFF = Set.of("off", "false", "no", "0");

    private DaemonUse() {}

    public static boolean allowed(List<String> args, Map<String, String> environment) {
        if (args.isEmpty() || !BUILDING.contains(args.get(0))) return false;
        if (args.stream().anyMatch(NOT_A_BUILD::contains)) return false;
        if (isSet(environment.get("CI"))) return false;
        String setting = environment.get("HAVEN_DAEMON");
        return !isOff(setting);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank() && !isOff(value);
    }

    private static boolean isOff(String value) {
        return value != null && OFF.contains(value.trim().toLowerCase(Locale.ROOT));
    }
}
