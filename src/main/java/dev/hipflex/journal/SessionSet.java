package dev.hipflex.journal;

import java.math.BigDecimal;
import java.util.Objects;

import dev.hipflex.exercise.Exercise;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A set done in a session: repetitions or a hold in seconds (as the exercise counts them, never both),
 * with a load in kilograms or a band (never both), on one side or both.
 */
@Entity
@Table(name = "session_set")
public class SessionSet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "session_id")
	private TrainingSession session;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "exercise_id")
	private Exercise exercise;

	private int position;

	private Integer reps;

	private Integer holdSeconds;

	private BigDecimal loadKg;

	private String band;

	@Enumerated(EnumType.STRING)
	private Side side;

	protected SessionSet() {
	}

	SessionSet(TrainingSession session, Exercise exercise, int position, Integer reps, Integer holdSeconds,
			BigDecimal loadKg, String band, Side side) {
		this.session = session;
		this.exercise = exercise;
		this.position = position;
		this.reps = reps;
		this.holdSeconds = holdSeconds;
		this.loadKg = loadKg;
		this.band = band;
		this.side = side;
	}

	/** Whether this set is the one the input describes, whatever the scale its load was typed or stored with. */
	boolean holds(SessionInput.SetInput set) {
		return exercise.getId() == set.exerciseId() && Objects.equals(reps, set.reps())
				&& Objects.equals(holdSeconds, set.holdSeconds())
				&& (loadKg == null ? set.loadKg() == null : set.loadKg() != null && loadKg.compareTo(set.loadKg()) == 0)
				&& Objects.equals(band, set.band()) && side == set.side();
	}

	public Long getId() {
		return id;
	}

	public Exercise getExercise() {
		return exercise;
	}

	public int getPosition() {
		return position;
	}

	public Integer getReps() {
		return reps;
	}

	public Integer getHoldSeconds() {
		return holdSeconds;
	}

	public BigDecimal getLoadKg() {
		return loadKg;
	}

	public String getBand() {
		return band;
	}

	public Side getSide() {
		return side;
	}

}
