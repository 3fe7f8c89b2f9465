package dev.hipflex.guide;

/**
 * How a source found what it says, which bounds how strong a claim resting on it can be. Each design has a
 * label and a sentence on what it can and cannot show in {@code messages.properties}
 * ({@code design.DESIGN} and {@code design.DESIGN.explained}).
 */
public enum SourceDesign {

	SYSTEMATIC_REVIEW, RANDOMISED_TRIAL, COHORT, CROSS_SECTIONAL, CASE_SERIES, MODELLING, EXPERT_CONSENSUS,
	NARRATIVE_REVIEW, TEXTBOOK, WEB_PAGE

}
