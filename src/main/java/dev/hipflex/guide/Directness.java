package dev.hipflex.guide;

/**
 * Whether a cited source studied the claim's own question in its own population ({@link #DIRECT}), or only a
 * different one the claim is carried over from ({@link #INDIRECT}: an Achilles study for the hip, team sports
 * for runners); a claim that rests only on indirect sources is at most {@link EvidenceLevel#EXTRAPOLATED}.
 */
public enum Directness {

	DIRECT, INDIRECT

}
