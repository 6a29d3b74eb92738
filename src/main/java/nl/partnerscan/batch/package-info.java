/**
 * The batch use case: {@link nl.partnerscan.batch.BatchRun} screens every row of a CSV input and writes the
 * results in order, on a pool of worker threads of its own, and returns a
 * {@link nl.partnerscan.batch.BatchSummary}. {@link nl.partnerscan.batch.BatchInput} streams the rows of a
 * spreadsheet export (separator, byte-order mark and encoding handled; each row either a screening request
 * or an error that names its line and column); the results are CSV, safe to open in a spreadsheet, or JSON.
 */
package nl.partnerscan.batch;
