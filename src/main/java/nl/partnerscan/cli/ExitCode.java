package nl.partnerscan.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of partnerscan, for scripts. Documented in the README and in every command's help.
 */
final class ExitCode {
    /** The command did its work; for {@code screen}, whatever the verdict. */
    static final int OK = 0;
    /** An unexpected internal error (a bug): the message says how to get the stack trace. */
    static final int INTERNAL_ERROR = 1;
    /** The command line is wrong: unknown option, bad value, missing topic. */
    static final int USAGE = 2;
    /** The reference data (bundled or --data) cannot be loaded: the message names file, line and column. */
    static final int DATA_ERROR = 3;
    /** The input cannot be read (no such file, no usable header, a broken record), or an output cannot be written. */
    static final int INPUT_ERROR = 4;
    /** batch: every row has an output row, but some rows could not be screened (see their error column). */
    static final int ROW_ERRORS = 5;
    /** batch with --fail-on: some row has at least the given verdict (also when other rows had an error). */
    static final int FAIL_ON = 6;
    /** The run needed more memory than Java may use: the message says how to give it more. */
    static final int OUT_OF_MEMORY = 7;
    /**
     * The reader of standard output went away (a pipe into {@code head}): the run stops at once, without a
     * message, with the status a shell shows for a program killed by SIGPIPE (128 + 13).
     */
    static final int BROKEN_PIPE = 141;

    /** The exit codes as shown under "Exit codes:" in every command's help. */
    static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        list.put(String.valueOf(OK), "done (for screen: whatever the verdict)");
        list.put(String.valueOf(INTERNAL_ERROR), "internal error (a bug; add --stacktrace to see where)");
        list.put(String.valueOf(USAGE), "usage error: unknown option, bad value, nothing to screen");
        list.put(String.valueOf(DATA_ERROR), "reference data error: a data file cannot be read or is invalid");
        list.put(String.valueOf(INPUT_ERROR), "the input cannot be read, or an output cannot be written");
        list.put(String.valueOf(ROW_ERRORS), "batch: some rows could not be screened (see their error column)");
        list.put(String.valueOf(FAIL_ON), "batch --fail-on: some row has at least that verdict (wins over 5)");
        list.put(String.valueOf(OUT_OF_MEMORY), "out of memory: give Java more (JAVA_OPTS=-Xmx...)");
        list.put(String.valueOf(BROKEN_PIPE), "the reader of standard output went away (as after SIGPIPE)");
        return list;
    }

    private ExitCode() {
    }
}
