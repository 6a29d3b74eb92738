/**
 * The screening core: the reference data as immutable records; the {@link nl.partnerscan.core.Screener}
 * facade, which finds the table's sectors and technologies, the EU taxonomies' areas, the partner's
 * indicators and list hits, and resolves the answers to the six questions; and the
 * {@link nl.partnerscan.core.Scorer}, a pure function from those {@link nl.partnerscan.core.Findings} and
 * answers to reasons, score and verdict, by rules keyed by {@link nl.partnerscan.core.ReasonCode}.
 *
 * <p>Pure Java: no files, no standard streams, no threads, no command line, no YAML, JSON or CSV (held by
 * {@code ArchitectureTest}). Load the data with {@code nl.partnerscan.data.ReferenceDataLoader} (or build
 * the records yourself) and use this package as a library:
 *
 * <pre>{@code
 * ReferenceData data = ReferenceDataLoader.loadBundled();
 * ScreeningResult result = new Screener(data).screen(ScreeningRequest.ofTopics("quantum"));
 * }</pre>
 *
 * <p>Building a screener's indexes is nearly all the time it takes to make one; a caller with a thread to
 * spare can take its two steps at once with {@link nl.partnerscan.core.ScreenerIndexes}.
 */
package nl.partnerscan.core;
