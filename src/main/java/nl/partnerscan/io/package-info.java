/**
 * Small helpers for files and text that the data, batch, report and command-line packages share, written
 * once: line endings, separator detection, atomic writes, text made safe for a terminal, the bundles of
 * texts in Dutch and English, partnerscan's own resources read from its jar, and the exceptions for input
 * that cannot be read. Depends on nothing else of partnerscan.
 */
package nl.partnerscan.io;
