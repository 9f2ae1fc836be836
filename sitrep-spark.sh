#!/usr/bin/env bash
# sitrep-spark launcher: submits the Spark job built by `mvn -q -DskipTests package` with the spark-submit of a
# Spark 4.0 distribution (on PATH, or $SPARK_HOME/bin), adding the JVM options Spark 4 needs on Java 17 and sitrep's
# jars. Options before `--` go to spark-submit (default: --master 'local[*]' --driver-memory 4g); the rest to the job:
#   ./sitrep-spark.sh --jsonl out/jsonl crawl/CC-NEWS-20250101000000-00000.warc.gz
#   ./sitrep-spark.sh --master spark://head:7077 --executor-memory 3g -- --parquet hdfs:///sitrep/out hdfs:///cc-news/
#   ./sitrep-spark.sh link --input out/parquet --output out/links      (the second job: linking across articles)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/sitrep-spark/target/sitrep-spark.jar"
if [ ! -f "$jar" ]; then
  echo "sitrep-spark: not built yet; run: mvn -q -DskipTests package" >&2
  exit 2
fi
submit="$(command -v spark-submit || echo "${SPARK_HOME:-/nonexistent}/bin/spark-submit")"
if [ ! -x "$submit" ]; then
  echo "sitrep-spark: no spark-submit on PATH or in \$SPARK_HOME/bin (install a Spark 4.0 distribution)" >&2
  exit 2
fi
spark_args=()
if [[ " $* " == *" -- "* ]]; then
  while [ "$1" != "--" ]; do spark_args+=("$1"); shift; done
  shift
else
  spark_args=(--master 'local[*]' --driver-memory 4g)
fi
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
main=org.sitrep.spark.SparkAnnotate
if [ "$1" = "link" ]; then   # the second job
  main=org.sitrep.spark.link.SparkLink
  shift
fi
exec "$submit" "${spark_args[@]}" --driver-java-options "-Xss8m$opens" --conf spark.executor.extraJavaOptions=-Xss8m \
  --jars "$(ls "$here"/sitrep-spark/target/lib/*.jar | paste -sd,)" \
  --class "$main" "$jar" "$@"
