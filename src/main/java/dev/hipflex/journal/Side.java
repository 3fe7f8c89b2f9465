package dev.hipflex.journal;

/** Which side a set was done on: both (the same on each side, or a two-legged exercise), left or right. */
public enum Side {

	BOTH, LEFT, RIGHT

}
