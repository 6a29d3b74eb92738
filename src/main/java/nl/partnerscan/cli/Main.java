package nl.partnerscan.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import nl.partnerscan.data.DataException;
import nl.partnerscan.io.InputException;
import nl.partnerscan.io.OutputException;
import nl.partnerscan.io.Printable;
import nl.partnerscan.io.RaisingOutputStream;
import nl.partnerscan.report.Messages;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The partnerscan program: sets up picocli with partnerscan's error handling and exit codes. Errors are
 * one line on standard error; a stack trace only with {@code --stacktrace}. The help, usage errors and
 * every other message follow the run's language ({@link LanguageSetting}): picocli reads the help from the
 * bundle {@value CommonOptions#TEXTS}.
 */
public final class Main {
    /** Picocli refuses a usage width below 55. */
    private static final int MIN_HELP_WIDTH = 55;

    private Main() {
    }

    public static void main(String[] args) {
        if (!namesDataDirectory(args)) {
            BundledData.prefetch();
        }
        // Standard output buffered (batch writes millions of rows); text in the console's encoding, CSV and
        // JSON in UTF-8 (OutputEncoding). Under the PrintWriter, which would swallow them, write errors raise
        // (see Main.run).
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(new RaisingOutputStream(
                new FileOutputStream(FileDescriptor.out), OutputException.STANDARD_OUTPUT),
                OutputEncoding.standardOutput(args, System.getProperties())), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                OutputEncoding.standardError(System.getProperties())), true);
        int code = run(args, System.in, out, err);
        err.flush();
        ClassDataArchive.check(System.getProperties());
        System.exit(code);
    }

    /**
     * The subcommands, in the order help lists them. Building picocli's model of a command costs start-up
     * time, so a run registers only the subcommand it names, or all of them when it names none (top-level
     * help, or a mistyped command that needs suggestions).
     */
    private static final List<String> SUBCOMMANDS =
            List.of("screen", "batch", "rescreen", "sectors", "questions", "contacts", "lists", "help");

    /**
     * The subcommand {@code name}, reading {@code stdin} where it reads standard input. A switch, not a map
     * of lambdas, and loops below: on a cold JVM each lambda's first run costs more than the code it stands
     * for (README, performance).
     */
    private static Object subcommand(String name, InputStream stdin) {
        return switch (name) {
            case "screen" -> new ScreenCommand(stdin, () -> System.console() != null, ZonedDateTime::now);
            case "batch" -> new BatchCommand(stdin);
            case "rescreen" -> new RescreenCommand(stdin);
            case "sectors" -> new SectorsCommand();
            case "questions" -> new QuestionsCommand();
            case "contacts" -> new ContactsCommand();
            case "lists" -> new ListsCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /** Whether the arguments give a data directory ({@code --data}), so that the bundled data is not needed. */
    private static boolean namesDataDirectory(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--data")) {
                return true;
            }
        }
        return false;
    }

    /** Runs partnerscan with the given arguments and streams; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        return run(args, in, out, err, Terminal.ofProcess());
    }

    /**
     * Runs partnerscan as if its output went to {@code terminal}; returns the exit code. Standard output is
     * flushed and checked at the end: output that could not be written is never a success.
     */
    static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, Terminal terminal) {
        LanguageSetting setting = LanguageSetting.of(args, terminal.variable(LanguageSetting.VARIABLE));
        if (setting.badVariable().isPresent()) {
            err.println("partnerscan: " + Printable.of(texts(setting).format("error.variable", LanguageSetting.VARIABLE,
                    setting.badVariable().get())));
            err.flush();
            return ExitCode.USAGE;
        }
        Messages texts = texts(setting);
        // Made before the run: when memory runs out there may be none left to read a bundle with.
        String outOfMemory = texts.format("error.out_of_memory", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        int code;
        try {
            code = newCommandLine(in, out, err, terminal, args).execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(err, outOfMemory);
        }
        try {
            out.flush();
            if (!out.checkError()) {
                return code;
            }
            err.println("partnerscan: " + texts.get("error.stdout_unwritable"));
            return ExitCode.INPUT_ERROR;
        } catch (OutputException e) {
            // A failure that stopped the command was reported by it; one that did not, is reported now.
            return code == ExitCode.INPUT_ERROR || code == ExitCode.BROKEN_PIPE ? code : outputError(e, err, texts);
        }
    }

    /**
     * Output that cannot be written: one line in the run's language and exit 4; a reader that went away: no
     * line, exit 141.
     */
    private static int outputError(OutputException e, PrintWriter err, Messages texts) {
        if (e.brokenPipe()) {
            return ExitCode.BROKEN_PIPE;
        }
        err.println("partnerscan: " + unwritable(e, texts));
        return ExitCode.INPUT_ERROR;
    }

    /**
     * Which output cannot be written and why, in the run's language: the operating system's reasons that
     * partnerscan knows are said in it ({@code output.reason.*}), any other in the system's own words.
     */
    static String unwritable(OutputException e, Messages texts) {
        String target = OutputException.STANDARD_OUTPUT.equals(e.target()) ? texts.get("output.standard_output")
                : e.target();
        String key = "output.reason." + e.reason().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "_");
        String reason = texts.bundle().containsKey(key) ? texts.get(key) : e.reason();
        return texts.format("error.output_unwritable", target, reason);
    }

    /** Memory is released by now (the run's data is unreachable), so that this line can be printed. */
    private static int outOfMemory(PrintWriter err, String message) {
        err.println("partnerscan: " + message);
        err.flush();
        return ExitCode.OUT_OF_MEMORY;
    }

    private static Messages texts(LanguageSetting setting) {
        return Messages.of(CommonOptions.TEXTS, setting.language());
    }

    /** A command line for these arguments, with partnerscan's streams and error handling. */
    static CommandLine newCommandLine(InputStream in, PrintWriter out, PrintWriter err, Terminal terminal,
                                      String... args) {
        Messages texts = texts(LanguageSetting.of(args, terminal.variable(LanguageSetting.VARIABLE)));
        CommandLine commandLine = new CommandLine(new PartnerscanCommand(), factory(terminal, texts));
        String first = args.length > 0 ? args[0] : "";
        if (SUBCOMMANDS.contains(first) && !first.equals("help")) {
            commandLine.addSubcommand(first, subcommand(first, in));
        } else {
            for (String name : SUBCOMMANDS) {
                commandLine.addSubcommand(name, subcommand(name, in));
            }
        }
        commandLine.setResourceBundle(texts.bundle());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // An argument is what it says: scripts pass untrusted text, and '@secret.txt' must not read a file.
        commandLine.setExpandAtFiles(false);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                terminal.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        // Help wraps like the rest of the text; picocli's own width (80) stays for pipes.
        OptionalInt width = terminal.textWidth();
        if (width.isPresent()) {
            commandLine.setUsageHelpWidth(Math.max(MIN_HELP_WIDTH, width.getAsInt()));
        }
        addExitCodeList(commandLine, texts);
        ErrorHandling errors = new ErrorHandling(texts, err);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setExecutionStrategy(errors);
        return commandLine;
    }

    /**
     * What picocli hands back to partnerscan: usage errors, a command's failure, and the run itself, whose
     * help and version text fail outside any command (picocli would print a stack trace for that). One
     * class, not three lambdas (see {@link #subcommand}).
     */
    private static final class ErrorHandling implements CommandLine.IParameterExceptionHandler,
            CommandLine.IExecutionExceptionHandler, CommandLine.IExecutionStrategy {
        private final Messages texts;
        private final PrintWriter err;

        ErrorHandling(Messages texts, PrintWriter err) {
            this.texts = texts;
            this.err = err;
        }

        @Override
        public int handleParseException(ParameterException e, String[] args) {
            return usageError(e, texts);
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
            return executionError(e, cmd, parseResult, texts);
        }

        @Override
        public int execute(ParseResult parseResult) {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (OutputException e) {
                return outputError(e, err, texts);
            }
        }
    }

    /**
     * Picocli's factory, except that the options every command shares know the terminal and the run's
     * language (their default for {@code --lang}), and {@code --version} speaks that language.
     */
    private static CommandLine.IFactory factory(Terminal terminal, Messages texts) {
        CommandLine.IFactory standard = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == CommonOptions.class) {
                    return type.cast(new CommonOptions(terminal, texts.language()));
                }
                return type == VersionProvider.class ? type.cast(new VersionProvider(texts)) : standard.create(type);
            }
        };
    }

    /** The exit codes under every help, each in the run's language where the bundle has it. */
    private static void addExitCodeList(CommandLine commandLine, Messages texts) {
        Map<String, String> list = new LinkedHashMap<>();
        for (Map.Entry<String, String> code : ExitCode.helpList().entrySet()) {
            String key = "exit." + code.getKey();
            list.put(code.getKey(), texts.bundle().containsKey(key) ? texts.get(key) : code.getValue());
        }
        commandLine.getCommandSpec().usageMessage().exitCodeList(list);
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            addExitCodeList(sub, texts);
        }
    }

    private static int usageError(ParameterException e, Messages texts) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("partnerscan: " + Printable.of(UsageErrors.message(e, texts)));
        UsageErrors.suggestions(e, texts).ifPresent(err::println);
        err.println(texts.format("error.try", cmd.getCommandSpec().qualifiedName()));
        return ExitCode.USAGE;
    }

    private static int executionError(Exception e, CommandLine cmd, ParseResult parseResult, Messages texts) {
        PrintWriter err = cmd.getErr();
        if (e instanceof ParameterException usage) {
            return usageError(usage, texts);
        }
        int code;
        if (e instanceof DataException data) {
            err.println(texts.format("error.data", Printable.of(data.message(texts.language()))));
            code = ExitCode.DATA_ERROR;
        } else if (e instanceof OutputException output) {
            code = outputError(output, err, texts);
            if (output.brokenPipe()) {
                return code; // quietly, as a program killed by SIGPIPE
            }
        } else if (e instanceof InputException) {
            err.println("partnerscan: " + Printable.of(e.getMessage()));
            code = ExitCode.INPUT_ERROR;
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println(texts.format("error.io", Printable.of(String.valueOf(
                    e.getCause() != null && e instanceof UncheckedIOException ? e.getCause().getMessage()
                            : e.getMessage()))));
            code = ExitCode.INPUT_ERROR;
        } else {
            err.println(texts.format("error.internal", Printable.of(String.valueOf(e)))
                    + (stacktraceRequested(parseResult) ? "" : texts.get("error.internal_report")));
            code = ExitCode.INTERNAL_ERROR;
        }
        if (stacktraceRequested(parseResult)) {
            e.printStackTrace(err);
        }
        return code;
    }

    private static boolean stacktraceRequested(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--stacktrace")) {
                return true;
            }
        }
        return false;
    }
}
