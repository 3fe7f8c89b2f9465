package dev.hipflex.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A rule of the suggested next step, as content: what it decides, its limit (the threshold the suggestions read;
 * null for a rule without a number) and the claim that grades it. The guide page "How HipFlex suggests your next
 * step" shows every rule, and each suggestion links to the rule that made it.
 */
@Entity
@Table(name = "progression_rule")
public class ProgressionRule {

	/** What a rule leads to. */
	public enum Outcome {

		PROGRESS, HOLD, STEP_BACK, NO_PROGRESS

	}

	@Id
	private Long id;

	private String slug;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private Integer threshold;

	private String ruleText;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "claim_id")
	private Claim claim;

	private int position;

	protected ProgressionRule() {
	}

	public String getSlug() {
		return slug;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	public Integer getThreshold() {
		return threshold;
	}

	/** The rule in words, its limit written in. */
	public String getText() {
		return threshold == null ? ruleText : ruleText.replace("{n}", threshold.toString());
	}

	public Claim getClaim() {
		return claim;
	}

	public int getPosition() {
		return position;
	}

}
