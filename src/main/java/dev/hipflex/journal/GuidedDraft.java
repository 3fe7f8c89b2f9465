package dev.hipflex.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A guided session in progress: which routine, since when, the next planned set and the sets done so far.
 * It is not a {@link TrainingSession}: nothing counts it, and finishing it saves one through the log form's
 * path and deletes it.
 */
@Entity
@Table(name = "guided_draft")
public class GuidedDraft {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	private Long routineId;

	private String routineName;

	private LocalDate sessionDate;

	private Instant startedAt;

	private int step;

	private String formToken;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "guided_draft_set", joinColumns = @JoinColumn(name = "draft_id"))
	@OrderColumn(name = "position")
	private List<DoneSet> sets = new ArrayList<>();

	/** A set done: at which planned step, of which exercise, how many repetitions or seconds. */
	@Embeddable
	public static class DoneSet {

		private int step;

		private long exerciseId;

		private int amount;

		protected DoneSet() {
		}

		DoneSet(int step, long exerciseId, int amount) {
			this.step = step;
			this.exerciseId = exerciseId;
			this.amount = amount;
		}

		public int getStep() {
			return step;
		}

		public long getExerciseId() {
			return exerciseId;
		}

		public int getAmount() {
			return amount;
		}

	}

	protected GuidedDraft() {
	}

	GuidedDraft(long accountId, long routineId, String routineName, LocalDate sessionDate, Instant startedAt,
			String formToken) {
		this.accountId = accountId;
		this.routineId = routineId;
		this.routineName = routineName;
		this.sessionDate = sessionDate;
		this.startedAt = startedAt;
		this.formToken = formToken;
	}

	/** Records the set of the current step (or none, when skipped) and moves on to the next. */
	void advance(DoneSet done) {
		if (done != null) {
			sets.add(done);
		}
		step++;
	}

	public Long getId() {
		return id;
	}

	public Long getAccountId() {
		return accountId;
	}

	public Long getRoutineId() {
		return routineId;
	}

	public String getRoutineName() {
		return routineName;
	}

	public LocalDate getSessionDate() {
		return sessionDate;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public int getStep() {
		return step;
	}

	public String getFormToken() {
		return formToken;
	}

	public List<DoneSet> getSets() {
		return sets;
	}

	/** The set done at a step, if it was done rather than skipped. */
	DoneSet doneAt(int step) {
		return sets.stream().filter(set -> set.step == step).findFirst().orElse(null);
	}

}
