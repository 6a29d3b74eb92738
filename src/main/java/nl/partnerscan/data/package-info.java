/**
 * The reference data: reads the YAML files of a data directory (or the copy bundled in the jar) and the
 * list files (YAML or CSV) into the core's immutable records. Safely: no objects from tags, no aliases,
 * bounded size and depth, duplicate keys and fields no binder read refused; every error located by file,
 * line and column. One binder per file; reading each file once and the data digest sit behind
 * {@code DataFiles}. For start-up the build stores the bundled data as bound ({@code BoundDataFile}) and
 * the screener's indexes of it ({@code IndexSnapshotFile}), which a run reads instead of binding and
 * building, for exactly the files they were made from. Entry point:
 * {@link nl.partnerscan.data.ReferenceDataLoader}.
 */
package nl.partnerscan.data;
