/**
 * The screening core: the reference data as immutable records, and the {@link nl.partnerscan.core.Screener}
 * that matches a partnership's subject against the NCTV table, weighs the answers to the six questions
 * and the partner's description, and returns a {@link nl.partnerscan.core.ScreeningResult} with a
 * verdict and a reason for every point.
 *
 * <p>Pure Java: no files, no standard streams, no command line, no YAML or JSON. Load the data with
 * {@code nl.partnerscan.data.ReferenceDataLoader} (or build the records yourself) and use this package
 * as a library:
 *
 * <pre>{@code
 * ReferenceData data = ReferenceDataLoader.loadBundled();
 * ScreeningResult result = new Screener(data).screen(ScreeningRequest.ofTopics("quantum"));
 * }</pre>
 */
package nl.partnerscan.core;


