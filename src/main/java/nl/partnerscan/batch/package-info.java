/**
 * The batch run: a spreadsheet export in (separator, byte-order mark and encoding handled; each row either
 * a screening request or an error that names its line and column), rows screened in parallel and written
 * in input order as CSV (safe to open in a spreadsheet) or JSON lines, memory bounded whatever the file's
 * size. The worker threads live here, per run; the core stays a function.
 */
package nl.partnerscan.batch;
