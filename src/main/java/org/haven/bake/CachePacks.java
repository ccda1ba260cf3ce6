package org.haven.bake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.haven.bake.CachePack.Location;

/**
 * The packs that make up the build cache, named in order in {@value #LIST}: the first holds what
 * a build once kept, each after it what a later build added, so that a one-page edit writes a
 * pack of a few entries rather than copying every entry again. Where a key is in several packs,
 * the last one's entry is read. The list is replaced with a rename, so a build sees the packs of
 * one build or of the next, never half of each; a pack it names that is missing or damaged only
 * costs the entries it held.
 */
final class CachePacks {
    static final String LIST = "entries.list";
    private static final String HEADER = "haven-packs-1";
    private static final AtomicInteger NUMBER = new AtomicInteger();
    /** What {@link #newPackName} makes: the writer's process id, the time in hex and a count. */
    private static final Pattern PACK_NAME = Pattern.compile("entries-(\\d{1,18})-[0-9a-f]{1,16}-\\d{1,9}\\.pack");

    private final List<CachePack> packs;
    private final Map<String, Location> index;

    private CachePacks(List<CachePack> packs, Map<String, Location> index) {
        this.packs = packs;
        this.index = index;
    }

    /** The packs {@code folder}'s list names; none when there is no list, or it is not Haven's. */
    static CachePacks open(Path folder) {
        List<CachePack> packs = listed(folder).stream()
                .map(name -> CachePack.open(folder.resolve(name)))
                .filter(pack -> !pack.name().isEmpty())
                .toList();
        if (packs.size() == 1) return new CachePacks(packs, packs.get(0).locations());
        Map<String, Location> index = new HashMap<>();
        packs.forEach(pack -> index.putAll(pack.locations()));
        return new CachePacks(packs, index);
    }

    /** The names {@code folder}'s list gives, oldest first. */
    static List<String> listed(Path folder) {
        List<String> lines = CacheFiles.text(folder.resolve(LIST))
                .map(String::lines)
                .map(Stream::toList)
                .orElse(List.of());
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) return List.of();
        return lines.subList(1, lines.size()).stream()
                .filter(CachePacks::isPackName)
                .toList();
    }

    /** Makes {@code names} the packs of {@code folder}, in one rename. */
    static void list(Path folder, List<String> names) throws IOException {
        CacheFiles.replace(folder.resolve(LIST), HEADER + "\n" + String.join("\n", names) + "\n");
    }

    /** A name for a new pack that no pack has had: this process's id, the time and a count. */
    static String newPackName() {
        return "entries-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.currentTimeMillis()) + "-"
                + NUMBER.incrementAndGet() + ".pack";
    }

    /** The process that named the pack, if {@code name} is a pack's name. */
    static Optional<Long> writerOf(String name) {
        Matcher pack = PACK_NAME.matcher(name);
        return pack.matches() ? Optional.of(Long.parseLong(pack.group(1))) : Optional.empty();
    }

    private static boolean isPackName(String name) {
        return PACK_NAME.matcher(name).matches();
    }

    List<String> names() {
        return packs.stream().map(CachePack::name).toList();
    }

    /** The oldest pack; read only when there is one. */
    CachePack first() {
        return packs.get(0);
    }

    int packCount() {
        return packs.size();
    }

    /** The bytes all the packs take. */
    long size() {
        return packs.stream().mapToLong(CachePack::size).sum();
    }

    /** Each entry's location, by key: the last pack's where several hold one. */
    Map<String, Location> locations() {
        return index;
    }

    Optional<Location> location(String key) {
        return Optional.ofNullable(index.get(key));
    }

    /** The names with {@code added} after them. */
    List<String> namesWith(String added) {
        List<String> names = new ArrayList<>(names());
        names.add(added);
        return names;
    }
}
