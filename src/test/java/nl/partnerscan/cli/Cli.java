package nl.partnerscan.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import nl.partnerscan.core.Language;
import picocli.CommandLine;

/** Runs partnerscan in-process with StringWriters for standard output and standard error. */
final class Cli {
    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    /** Output to a pipe, with no variables set: what the golden files hold, whatever the test's own terminal. */
    static Terminal pipe() {
        return environment(Map.of());
    }

    /** Output to a pipe, with these environment variables. */
    static Terminal environment(Map<String, String> variables) {
        return new Terminal(variables, false, false, () -> 0);
    }

    /** The whole command line with every subcommand, in {@code language}, as a run with {@code --lang} sees it. */
    static CommandLine model(Language language) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return Main.newCommandLine(InputStream.nullInputStream(), nowhere, nowhere, pipe(), "--lang", language.code());
    }

    static Run run(String... args) {
        return runWithInput(new byte[0], args);
    }

    /** Runs partnerscan with {@code stdin} as standard input. */
    static Run runWithInput(byte[] stdin, String... args) {
        return runOn(pipe(), stdin, args);
    }

    /** Runs partnerscan as if its output went to {@code terminal}. */
    static Run runOn(Terminal terminal, byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out, true), new PrintWriter(err, true),
                terminal);
        return new Run(code, out.toString(), err.toString());
    }
}
