package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.report.HtmlReport;
import org.sitrep.report.MarkdownReport;
import org.sitrep.report.NoSuchSubjectException;
import org.sitrep.report.Report;
import org.sitrep.report.ReportBuilder;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", description = {
        "Writes a situation report on a story, an actor or a place: a summary, a map and a timeline of its events, the key"
                + " figures with who gives them, the events with every source's figures side by side, and quotes by speaker;"
                + " every statement cites its article and the characters [start, end) of the input it was read from.",
        "QUERY is read, in this order, as a story (its id, or words all in its title), an actor (a person, organisation"
                + " or group, by any of its names) or a place (a country's name or code, or a place's name: the events in it);"
                + " the report says which at the top.",
        "Formats: md (Markdown, article text escaped); html (one self-contained file, no script, nothing fetched: opens"
                + " offline).",
        "Examples:",
        "  sitrep report \"North Korea\"",
        "  sitrep report Taliban --since 2025-10 --format html --out taliban.html",
        "  sitrep report Vladivostok --until 2024-12-31"})
final class ReportCommand implements Callable<Integer> {

    static final List<String> FORMATS = List.of("md", "html");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption options;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "a story's id or title words, an actor's name, or a place's name")
    List<String> query;

    @Option(names = "--since", paramLabel = "DATE", description = "only what happened, was said or was published on or after this ISO-8601 date")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "only what happened, was said or was published on or before it")
    String until;

    @Option(names = "--format", defaultValue = "md", description = "md or html (default: md)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the report to this file (default: standard output)")
    Path outFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = options.problem(FORMATS, format, since, until);
        if (problem != null) {
            err.println("sitrep report: " + problem);
            return ExitCodes.USAGE;
        }
        String text = String.join(" ", query);
        String rendered;
        Report report;
        try (ArticleStore store = Databases.openExisting(options.db)) {
            report = new ReportBuilder(store).build(text, since, until);
            rendered = format.equals("html") ? HtmlReport.render(report) : MarkdownReport.render(report);
        } catch (NoSuchSubjectException | StoreException e) {
            err.println("sitrep report: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
        if (outFile == null) {
            out.print(rendered);
            out.flush();
            return ExitCodes.OK;
        }
        try {
            Files.writeString(outFile, rendered, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("sitrep report: cannot write " + outFile + ": " + reason(e));
            return ExitCodes.SOME_FAILED;
        }
        err.println("sitrep report: wrote " + outFile + " (" + report.subject().resolved() + "; " + report.events().size() + " events, "
                + report.articles().size() + " articles)");
        return ExitCodes.OK;
    }

    /** Why a file could not be written, in a user's words rather than the exception's. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "write failed" : e.getMessage();
    }
}
