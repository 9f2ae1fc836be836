package org.sitrep.store;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's writes (storing an input, linking an article) taking turns, one at a time in this process, and counted
 * as they end, so that a cache of answers read from the store can tell that it may have changed since.
 */
final class WriteTurns {

    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong ended = new AtomicLong();

    void begin() {
        lock.lock();
    }

    /** After the write's transaction ended, committed or not. */
    void end() {
        ended.incrementAndGet();
        lock.unlock();
    }

    long ended() {
        return ended.get();
    }
}
