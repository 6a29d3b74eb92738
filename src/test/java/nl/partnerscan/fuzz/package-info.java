/**
 * Coverage-guided fuzz tests (Jazzer). Run by {@code mvn verify} in regression mode over the inputs kept
 * in src/test/resources/nl/partnerscan/fuzz/*Inputs; {@code JAZZER_FUZZ=1 mvn test -Dtest=ClassName}
 * fuzzes for each target's {@code maxDuration} and keeps what it finds there.
 */
package nl.partnerscan.fuzz;
