/**
 * Adapter: reads the reference data from YAML into the core's immutable records, safely (no objects from
 * tags, no aliases, bounded size and depth, duplicate and unknown keys refused) and with every error
 * located by file, line and column. Entry point: {@link nl.partnerscan.data.ReferenceDataLoader}.
 */
package nl.partnerscan.data;
