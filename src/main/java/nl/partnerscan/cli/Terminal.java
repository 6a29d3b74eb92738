package nl.partnerscan.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, which Java does not say by itself when standard output is redirected. */
final class Terminal {
    private Terminal() {
    }


    /**
     * True when standard error is a terminal: as the launcher found ({@code PARTNERSCAN_STDERR_TTY}), or
     * else, on Linux, when file descriptor 2 is a terminal device. False when unsure, so that nothing
     * meant for a person ends up in a pipe or a log.
     */
    static boolean stderrIsTerminal() {
        String fromLauncher = System.getenv("PARTNERSCAN_STDERR_TTY");
        if (fromLauncher != null) {
            return fromLauncher.equals("1");
        }
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (Exception notLinuxOrNotALink) {
            return false;
        }
    }
}
