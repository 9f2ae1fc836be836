package org.sitrep.watch;

/** What a watch did, for its summary line and the caller's exit status. */
public final class WatchTally {
    int polls;
    int notModified;
    int pollFailures;
    int itemsNew;
    int storedFromPage;
    int storedFromFeedText;
    int duplicates;
    int itemsFailed;
    int alertsCreated;
    int alertsSent;
    int alertsFailed;
    int alertsGivenUp;
    int feedsFailing;

    public int polls() {
        return polls;
    }

    public int itemsStored() {
        return storedFromPage + storedFromFeedText;
    }

    public int alertsSent() {
        return alertsSent;
    }

    /** Whether anything is left failed by this run: a feed whose last poll failed, an item, an alert given up. */
    public boolean anyFailed() {
        return feedsFailing > 0 || itemsFailed > 0 || alertsGivenUp > 0;
    }

    public String summary() {
        return (feedsFailing == 0 ? "" : feedsFailing + " failing; ") + "polls " + polls + " (" + notModified + " not modified, " + pollFailures + " failed); items "
                + itemsNew + " new, " + itemsStored() + " stored (" + storedFromPage + " from their page, "
                + storedFromFeedText + " from the feed's text), " + duplicates + " duplicate, " + itemsFailed
                + " failed; alerts " + alertsCreated + " raised, " + alertsSent + " sent, " + alertsFailed
                + " failed attempts to retry, " + alertsGivenUp + " given up";
    }
}
