package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on 127.0.0.1, made of the Maven jars this test runs with (no Spark distribution):
 * a master and workers as separate JVMs, each worker starting its executors as JVMs of their own. Spark's launcher
 * looks for its jars in {@code $SPARK_HOME/jars}: that folder here holds links to the class path's jars, and the class
 * path's folders (the reactor's modules, compiled but not packaged under {@code mvn test}) go on the executors' extra
 * class path. {@link #close} ends every process it started, executors included.
 */
final class StandaloneCluster implements AutoCloseable {

    private final Path home;
    private final Path logs;
    private final List<String> jars = new ArrayList<>();
    private final List<String> folders = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private final List<String> jvmOptions;
    private int masterPort;
    private int masterUiPort;

    /**
     * @param home   a scratch folder for the fake Spark home, the workers' work folders and the logs
     * @param except class path entries left out (this module's own classes, which the application jar carries)
     */
    StandaloneCluster(Path home, List<String> except) throws IOException {
        this.home = home;
        this.logs = Files.createDirectories(home.resolve("logs"));
        Path jarsDir = Files.createDirectories(home.resolve("jars"));
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.isBlank() || except.stream().anyMatch(entry::startsWith)) {
                continue;
            }
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                folders.add(p.toAbsolutePath().toString());
            } else if (Files.isRegularFile(p) && entry.endsWith(".jar")) {
                jars.add(p.toAbsolutePath().toString());
                Files.createSymbolicLink(jarsDir.resolve(String.format("%03d-%s", n++, p.getFileName())), p.toAbsolutePath());
            }
        }
        this.jvmOptions = Arrays.stream(System.getProperty("sitrep.spark.jvmOptions", "").split("\\s+"))
                .filter(s -> !s.isBlank()).toList();
    }

    /** The class path of the JVMs started here: the folders, then the jars. */
    String classPath() {
        List<String> all = new ArrayList<>(folders);
        all.addAll(jars);
        return String.join(java.io.File.pathSeparator, all);
    }

    /** What the executors need beside {@code $SPARK_HOME/jars}: the class path's folders. */
    String executorExtraClassPath() {
        return String.join(java.io.File.pathSeparator, folders);
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** Starts the master and {@code workers} workers of one core and {@code workerMemory} each; waits until all have registered. */
    void start(int workers, String workerMemory) throws Exception {
        masterPort = freePort();
        masterUiPort = freePort();
        processes.add(java("master", "256m", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterUiPort))));
        for (int i = 1; i <= workers; i++) {
            Path work = Files.createDirectories(home.resolve("work-" + i));
            processes.add(java("worker-" + i, "256m", List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--port", String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()), "--cores", "1",
                    "--memory", workerMemory, "--work-dir", work.toString(), masterUrl())));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("a cluster process ended early:\n" + logTails());
                }
            }
            try {
                String status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
                if (status.replaceAll("\\s", "").contains("\"aliveworkers\":" + workers)) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the workers did not register with the master in time:\n" + logTails());
    }

    /** Runs {@code spark-submit} (its main class, as a process of its own) and waits for it; returns its exit code. */
    int submit(String name, List<String> args, Duration timeout) throws Exception {
        List<String> command = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit"));
        command.addAll(args);
        Process p = java(name, "768m", command);
        if (!p.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            end(p);
            throw new IllegalStateException(name + " ran past " + timeout + ":\n" + logTails());
        }
        return p.exitValue();
    }

    String log(String name) throws IOException {
        return Files.readString(logs.resolve(name + ".log"));
    }

    /** Everything the executors wrote on stderr, in the workers' work folders. */
    String executorLogs() throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(f -> f.getFileName().toString().equals("stderr")).toList()) {
                out.append(Files.readString(f));
            }
        }
        return out.toString();
    }

    String logTails() {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f);
                out.append("== ").append(f.getFileName()).append('\n').append(text.substring(Math.max(0, text.length() - 3000)));
            }
        } catch (IOException e) {
            out.append("(logs unreadable: ").append(e.getMessage()).append(')');
        }
        return out.toString();
    }

    private Process java(String name, String heap, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().remove("SPARK_TESTING");
        return pb.start();
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            end(processes.get(i));
        }
    }

    /** Ends a process and every process it started (a worker's executors). */
    private static void end(Process p) {
        List<ProcessHandle> children = p.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            p.waitFor(15, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A jar of a compiled classes folder: the application jar spark-submit ships to the executors. */
    static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> all = Files.walk(classes)) {
            for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                try (InputStream in = Files.newInputStream(f)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
