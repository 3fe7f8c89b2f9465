package dev.hipflex.guide;

/** Whether a cited source supports what cites it, or found the opposite. */
public enum Stance {

	SUPPORTS, CONTRADICTS

}
