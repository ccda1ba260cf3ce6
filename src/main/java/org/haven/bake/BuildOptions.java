package org.haven.bake;

import java.time.LocalDate;

/**
 * How to build: {@code preview} also bakes drafts and pages dated in the future (with a
 * banner), as {@code haven serve} shows them; {@code today} decides what is in the future.
 */
public record BuildOptions(boolean preview, LocalDate today) {

    public static BuildOptions publish() {
        return new BuildOptions(false, LocalDate.now());
    }

    public static BuildOptions previewing() {
        return new BuildOptions(true, LocalDate.now());
    }
}
