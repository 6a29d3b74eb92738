/**
 * The command line: one thin picocli command per subcommand, which parses options, calls the core and an
 * adapter, and prints. Text rendering for people lives here; matching and scoring do not.
 */
package nl.partnerscan.cli;
