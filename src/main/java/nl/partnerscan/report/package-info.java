/** Adapter: screening results and reference data written as JSON for programs. */
package nl.partnerscan.report;
