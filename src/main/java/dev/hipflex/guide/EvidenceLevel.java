package dev.hipflex.guide;

/**
 * How strong the evidence behind a claim is, strongest first. Each level has a label and an
 * explanation in {@code messages.properties} ({@code evidence.LEVEL} and {@code evidence.LEVEL.explained}).
 * {@link #EXTRAPOLATED} is expert opinion carried over from studies of another question or population.
 */
public enum EvidenceLevel {

	REVIEW, RANDOMISED_TRIAL, CONTROLLED_STUDY, CASE_SERIES, ASSOCIATION, MODEL, EXPERT_OPINION, EXTRAPOLATED,
	REFERENCE_TEXT

}
