package nl.partnerscan.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

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
