package org.sitrep.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout's promises, checked on the compiled main classes of every module (this module's test class path
 * holds them all): the model is plain data, CoreNLP stays behind its one adapter, the per-article pipeline needs
 * no database, and no two packages lean on each other.
 */
class ArchitectureTest {

    /** The per-article part, which must run without a database (inside a Spark task, say). */
    static final String[] PER_ARTICLE = {"org.sitrep.model..", "org.sitrep.ingest..", "org.sitrep.clean..",
            "org.sitrep.annotate..", "org.sitrep.pipeline.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.sitrep");
    }

    @Test
    void theModelIsPlainData() {
        noClasses().that().resideInAPackage("org.sitrep.model..")
                .should().dependOnClassesThat().resideInAnyPackage("edu.stanford..", "org.jsoup..", "java.sql..",
                        "javax.sql..", "org.jdbi..", "org.flywaydb..", "org.h2..", "org.postgresql..")
                .because("the Article model is what every stage and the store exchange; it carries no library's types")
                .check(classes);
    }

    @Test
    void coreNlpStaysBehindTheNlpAdapter() {
        noClasses().that().resideOutsideOfPackage("org.sitrep.annotate.nlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
                .because("CoreNLP's types stay behind the one NLP adapter")
                .check(classes);
    }

    @Test
    void thePerArticlePipelineNeedsNoStore() {
        noClasses().that().resideInAnyPackage(PER_ARTICLE)
                .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.store..", "java.sql..", "org.jdbi..")
                .because("the per-article pipeline runs without a database")
                .check(classes);
    }

    @Test
    void theServerKnowsNoPipeline() {
        noClasses().that().resideInAPackage("org.sitrep.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.pipeline..", "org.sitrep.annotate..",
                        "org.sitrep.clean..", "org.sitrep.ingest..", "org.sitrep.cli..")
                .because("the server reads the store; ingest reaches it through the Ingestion interface the command line supplies")
                .check(classes);
    }

    @Test
    void theReportReadsOnlyTheStore() {
        noClasses().that().resideInAPackage("org.sitrep.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.pipeline..", "org.sitrep.annotate..",
                        "org.sitrep.clean..", "org.sitrep.ingest..", "org.sitrep.link..", "org.sitrep.cli..", "org.sitrep.serve..",
                        "java.sql..", "org.jdbi..")
                .because("a report is made from the store's reads (no SQL of its own) and knows nothing of how articles were read")
                .check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        ArchRule rule = slices().matching("org.sitrep.(**)").should().beFreeOfCycles();
        rule.check(classes);
    }

    @Test
    void theClassesWereFound() {
        org.assertj.core.api.Assertions.assertThat(classes.contain("org.sitrep.model.Article")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.contain("org.sitrep.annotate.nlp.CoreNlpAnalyzer")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.contain("org.sitrep.store.JdbiArticleStore")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.contain("org.sitrep.report.ReportBuilder")).isTrue();
    }
}
