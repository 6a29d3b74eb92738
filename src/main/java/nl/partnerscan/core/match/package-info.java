/**
 * Text matching that knows text only: folding case and diacritics, plurals and inflections, Dutch compounds
 * and abbreviations ({@link nl.partnerscan.core.match.TermIndex}, in time linear in the text), and partner
 * names against listed names ({@link nl.partnerscan.core.match.NameIndex}). It takes what it needs through
 * its own small types ({@link nl.partnerscan.core.match.Term}, {@link nl.partnerscan.core.match.NameRules})
 * and points to entries of any type, so it depends on nothing else of partnerscan. Both indexes can be
 * written as bytes that a builder given the same input reads back instead of building the index again
 * ({@link nl.partnerscan.core.match.TermIndex#snapshot()}, {@link nl.partnerscan.core.match.NameIndex#snapshot(String)}).
 */
package nl.partnerscan.core.match;
