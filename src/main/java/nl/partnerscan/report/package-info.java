/**
 * What partnerscan shows: a screening result and the reference data as text for people (Dutch or English,
 * colour only when asked), as JSON for programs, the decision record (Markdown or HTML) and the batch
 * overview page. Takes core records; knows nothing of the command line or of how a batch is run.
 */
package nl.partnerscan.report;
