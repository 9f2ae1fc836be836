package org.sitrep.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.sitrep.ingest.InputOptions;

/**
 * What the job was asked to do, as the tasks need it (so {@link Serializable}, and checked on the driver first).
 *
 * @param stages      the stages to run, as {@code StageRegistry.resolve} gives them, in order
 * @param home        where the sources publish, as the user wrote it ('Alexandria, Minnesota'), or null: learned from
 *                    each source's articles
 * @param published   a publication date for inputs that give none, or null
 * @param retrievedAt when the inputs were fetched, for those that do not say (ISO-8601 instant), or null
 * @param partitions  how many tasks annotate (0: Spark's default parallelism)
 */
record JobSettings(List<String> stages, String home, String published, String retrievedAt, int partitions)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    JobSettings {
        stages = List.copyOf(stages);
    }

    /** The input options every reader gets; each file adds its own path. */
    InputOptions inputOptions(String format) {
        return new InputOptions(null, format, null, published, retrievedAt == null ? null : Instant.parse(retrievedAt));
    }
}
