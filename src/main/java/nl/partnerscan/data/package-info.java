/**
 * The reference data: reads the YAML files of a data directory (or the copy bundled in the jar) and the
 * list files (YAML or CSV) into the core's immutable records. Safely: no objects from tags, no aliases,
 * bounded size and depth, duplicate keys and fields no binder read refused; every error located by file,
 * line and column. One binder per file; start-up concerns (read once, parse ahead on a second thread,
 * trees stored at build time, the data digest) sit behind {@code DataFiles}. Entry point:
 * {@link nl.partnerscan.data.ReferenceDataLoader}.
 */
package nl.partnerscan.data;
