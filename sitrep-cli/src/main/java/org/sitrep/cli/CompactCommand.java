package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.store.H2Compaction;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "compact", description = {
        "Rewrites an embedded H2 store's file to hold only its data. H2 reclaims the space of old writes slowly, so a"
                + " store filled by many ingests grows to many times its data; this shrinks it back, in seconds for 100,000"
                + " articles. Nothing else may have the store open (stop sitrep serve and any ingest first).",
        "",
        "Examples:",
        "  sitrep compact",
        "  sitrep compact --db 'jdbc:h2:file:/data/desk/sitrep'"})
final class CompactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption database;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            H2Compaction.Result r = H2Compaction.compact(StoreUrls.choose(database.db));
            out.printf(Locale.ROOT, "compacted %s: %.1f MiB -> %.1f MiB in %.1f s%n", r.file(), r.bytesBefore() / 1048576.0,
                    r.bytesAfter() / 1048576.0, r.seconds());
            out.flush();
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err.println("sitrep compact: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (StoreException e) {
            err.println("sitrep compact: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }
}
