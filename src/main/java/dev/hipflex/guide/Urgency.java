package dev.hipflex.guide;

/**
 * How soon a red flag needs a clinician, most urgent first: the red-flag box lists the flags in this order
 * and names each urgency in words ({@code redFlags.urgency.URGENCY} in {@code messages.properties}), so it
 * never rests on colour alone.
 */
public enum Urgency {

	/** Now: an emergency department or the emergency number (cauda equina signs, cannot bear weight). */
	EMERGENCY,

	/** The same day (a suspected femoral neck stress fracture, a possible deep vein thrombosis). */
	SAME_DAY,

	/** Within days, before running again. */
	SOON

}
