package nl.partnerscan.core;

/**
 * A cell of the brochure's Top-sector or Sleutel-technologie column. {@link #NOT_STATED} is a blank cell
 * (the quantum row): the brochure says nothing, which is not the same as "no".
 */
public enum Flag {
    YES,
    NO,
    NOT_STATED
}
