package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.store.JdbiTokenStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreUrls;
import org.sitrep.store.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "token", description = "Makes and revokes the bearer tokens that the server's writes (POST /api/ingest) need.",
        subcommands = {TokenCommand.Create.class, TokenCommand.Revoke.class})
final class TokenCommand {

    @Command(name = "create", description = {
            "Makes a token and prints it once on stdout; the database keeps only its hash.",
            "",
            "Examples:",
            "  sitrep token create desk",
            "  curl -H \"Authorization: Bearer $(sitrep token create feeds)\" --data-binary @page.html \\",
            "       'http://127.0.0.1:8080/api/ingest?name=page.html'"})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption database;

        @Parameters(paramLabel = "NAME", description = "what the token is for (1 to 100 characters): revoke names it")
        String name;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (name.isBlank() || name.length() > 100) {
                err.println("sitrep token create: NAME must have 1 to 100 characters");
                return ExitCodes.USAGE;
            }
            try (TokenStore tokens = JdbiTokenStore.open(StoreUrls.choose(database.db))) {
                PrintWriter out = spec.commandLine().getOut();
                out.println(tokens.create(name));
                out.flush();
                return ExitCodes.OK;
            } catch (StoreException e) {
                err.println("sitrep token create: " + e.getMessage());
                return ExitCodes.SOME_FAILED;
            }
        }
    }

    @Command(name = "revoke", description = "Revokes every token of this name; the server refuses them at once.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption database;

        @Parameters(paramLabel = "NAME", description = "the name the tokens were made with")
        String name;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try (TokenStore tokens = JdbiTokenStore.open(StoreUrls.choose(database.db))) {
                int revoked = tokens.revoke(name);
                err.println("sitrep token revoke: " + revoked + " token" + (revoked == 1 ? "" : "s") + " revoked");
                return revoked > 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
            } catch (StoreException e) {
                err.println("sitrep token revoke: " + e.getMessage());
                return ExitCodes.SOME_FAILED;
            }
        }
    }
}
