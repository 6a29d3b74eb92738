/**
 * Finding terms in free Dutch or English text: folding case and diacritics, plurals and inflections,
 * Dutch compounds and abbreviations, in time linear in the text. See {@link nl.partnerscan.core.match.TermIndex}.
 */
package nl.partnerscan.core.match;
