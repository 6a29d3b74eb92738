/**
 * Adapter: batch CSV in and out. {@link nl.partnerscan.batch.BatchInput} streams the rows of a
 * spreadsheet export (separator, byte-order mark and encoding handled; each row either a screening
 * request or an error that names its line and column); {@link nl.partnerscan.batch.CsvOutput} writes
 * the results, safe to open in a spreadsheet.
 */
package nl.partnerscan.batch;
