/**
 * The command line: one thin picocli command per subcommand, which parses options, calls into the layers
 * below (data to load, core to screen, batch to run, report to render) and returns the exit code. It owns
 * the process: standard streams, the environment, the data thread at start-up. No matching, scoring or
 * rendering lives here.
 */
package nl.partnerscan.cli;
