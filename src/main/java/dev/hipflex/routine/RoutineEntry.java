package dev.hipflex.routine;

import dev.hipflex.exercise.Dose;
import dev.hipflex.exercise.Exercise;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An exercise in a routine (in a phase, for a programme), with the dose for that routine. */
@Entity
@Table(name = "routine_entry")
public class RoutineEntry implements Positioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
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

	RoutineEntry(Routine routine, Exercise exercise, int position, Dose dose, String note) {
		this.routine = routine;
		this.exercise = exercise;
		this.position = position;
		this.dose = dose;
		this.note = note;
	}

	/** A dose of its own for a copied entry: an embeddable value is never shared between two rows. */
	static Dose copyOf(Dose dose) {
		return Dose.of(dose.getUnit(), dose.getSetsMin(), dose.getSetsMax(), dose.getAmountMin(), dose.getAmountMax(),
				dose.isPerSide());
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

	@Override
	public int getPosition() {
		return position;
	}

	@Override
	public void setPosition(int position) {
		this.position = position;
	}

	public Dose getDose() {
		return dose;
	}

	void setDose(Dose dose) {
		this.dose = dose;
	}

	/** Another exercise in this one's place, with its dose (the suggested next step's easier or harder variant). */
	void replace(Exercise exercise, Dose dose) {
		this.exercise = exercise;
		this.dose = dose;
	}

	public String getNote() {
		return note;
	}

}
