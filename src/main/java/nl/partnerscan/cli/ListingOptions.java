package nl.partnerscan.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.report.Messages;
import nl.partnerscan.report.ReferenceText;
import picocli.CommandLine.Mixin;

/**
 * What the listing commands ({@code sectors}, {@code questions}, {@code contacts}, {@code lists}) share:
 * their options (which reference data, the language, text or JSON) and how they print. A command only
 * names the JSON writer and the text renderer of what it lists. A mixin rather than a base class, so that
 * a command's own options stay first in its help.
 */
final class ListingOptions {
    @Mixin
    CommonOptions common;

    @Mixin
    FormatOption format;

    /**
     * Loads the reference data and prints one listing of it to {@code out}: as JSON with {@code json}, or
     * as text with {@code text}.
     *
     * @return the exit code
     */
    int print(PrintWriter out, BiConsumer<Writer, ReferenceData> json,
              BiFunction<ReferenceText, ReferenceData, String> text) {
        ReferenceData data = common.loadData();
        if (format.json()) {
            json.accept(out, data);
        } else {
            out.print(text.apply(new ReferenceText(Messages.of(common.language()), common.style(),
                    common.terminal().textWidth()), data));
        }
        out.flush();
        return ExitCode.OK;
    }
}
