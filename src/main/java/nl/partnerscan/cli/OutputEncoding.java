package nl.partnerscan.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The encoding partnerscan writes standard output and standard error in. Text for people follows the
 * console: the encoding Java found for the stream ({@code stdout.encoding} from Java 19, {@code
 * sun.stdout.encoding} on a Windows console before that), else the platform's ({@code native.encoding}).
 * So a Windows console in code page 850 or 1252 shows "beïnvloeding", not "beÃ¯nvloeding". A locale that
 * names plain ASCII (the C or POSIX locale of a container or a cron job) counts as UTF-8, as Python's does:
 * ASCII would turn every é into a question mark.
 *
 * <p>CSV and JSON are data for programs and are UTF-8 wherever they go, standard output included, as the
 * files partnerscan writes are: {@code batch} (whose CSV may start with a byte-order mark) and every
 * {@code --format json}.
 */
final class OutputEncoding {
    private OutputEncoding() {
    }

    /** The encoding of standard output for a run with these arguments. */
    static Charset standardOutput(String[] args, Properties system) {
        return writesData(args) ? StandardCharsets.UTF_8 : console(system, "stdout");
    }

    /** The encoding of standard error: always text for people. */
    static Charset standardError(Properties system) {
        return console(system, "stderr");
    }

    /** Java's encoding for the stream, then the platform's; ASCII, unknown or none as UTF-8. */
    static Charset console(Properties system, String stream) {
        for (String property : new String[] {stream + ".encoding", "sun." + stream + ".encoding", "native.encoding"}) {
            String name = system.getProperty(property);
            if (name == null || name.isBlank()) {
                continue;
            }
            try {
                Charset charset = Charset.forName(name.strip());
                return charset.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : charset;
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** batch (but not its help), or any --format json. */
    private static boolean writesData(String[] args) {
        boolean batch = args.length > 0 && args[0].equals("batch");
        boolean json = false;
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals("-h") || args[i].equals("--help")) {
                return false;
            }
            json |= args[i].equalsIgnoreCase("--format=json")
                    || args[i].equals("--format") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("json");
        }
        return batch || json;
    }
}
