/**
 * Adapter: screening results and reference data as text for people, wrapped at a width when the command
 * line gives one, and as JSON for programs; decision records and batch overviews.
 */
package nl.partnerscan.report;
