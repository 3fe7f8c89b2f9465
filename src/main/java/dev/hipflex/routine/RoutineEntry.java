package dev.hipflex.routine;

import dev.hipflex.exercise.Dose;
import dev.hipflex.exercise.Exercise;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An exercise in a routine (in a phase, for a programme), with the dose for that routine. */
@Entity
@Table(name = "routine_entry")
public class RoutineEntry {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "routine_id")
	private Routine routine;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "phase_id")
	private RoutinePhase phase;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "exercise_id")
	private Exercise exercise;

	private int position;

	@Embedded
	private Dose dose;

	private String note;

	protected RoutineEntry() {
	}

	public Long getId() {
		return id;
	}

	public Routine getRoutine() {
		return routine;
	}

	public RoutinePhase getPhase() {
		return phase;
	}

	public Exercise getExercise() {
		return exercise;
	}

	public int getPosition() {
		return position;
	}

	public Dose getDose() {
		return dose;
	}

	public String getNote() {
		return note;
	}

}
