package org.haven.bake;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Waits, after each test, for the cache packs its builds are still putting in place on their own
 * thread, so that a temporary folder is deleted only once nothing more is written into it.
 */
class CacheWrittenFirst implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        BuildCache.waitForEveryPack();
    }
}
