package dev.hipflex.progression;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A suggestion the runner applied to their week: which exercise, from which, by which rule, on which day. */
@Entity
@Table(name = "progression_step")
class ProgressionStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	private Long exerciseId;

	private Long previousExerciseId;

	private String ruleSlug;

	private String action;

	private LocalDate appliedOn;

	protected ProgressionStep() {
	}

	ProgressionStep(Long accountId, Long exerciseId, Long previousExerciseId, String ruleSlug, String action,
			LocalDate appliedOn) {
		this.accountId = accountId;
		this.exerciseId = exerciseId;
		this.previousExerciseId = previousExerciseId;
		this.ruleSlug = ruleSlug;
		this.action = action;
		this.appliedOn = appliedOn;
	}

	Long getExerciseId() {
		return exerciseId;
	}

	Long getPreviousExerciseId() {
		return previousExerciseId;
	}

	String getRuleSlug() {
		return ruleSlug;
	}

	String getAction() {
		return action;
	}

	LocalDate getAppliedOn() {
		return appliedOn;
	}

}
