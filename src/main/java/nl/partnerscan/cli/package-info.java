/**
 * The command line: one thin picocli command per subcommand, which parses options, calls the core and an
 * adapter, and prints. Whether output goes to a terminal, how wide it is and whether it gets colour are
 * decided here ({@link nl.partnerscan.cli.Terminal}); the text itself is rendered in the report package.
 */
package nl.partnerscan.cli;
