package dev.hipflex.exercise;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An easier or harder version of an exercise; linked when it is an exercise of ours. */
@Entity
@Table(name = "exercise_variant")
public class ExerciseVariant {

	public enum Direction {

		EASIER, HARDER

	}

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "exercise_id")
	private Exercise exercise;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "variant_exercise_id")
	private Exercise variantExercise;

	private int position;

	protected ExerciseVariant() {
	}

	public Long getId() {
		return id;
	}

	public Direction getDirection() {
		return direction;
	}

	public String getDescription() {
		return description;
	}

	public Exercise getVariantExercise() {
		return variantExercise;
	}

	public int getPosition() {
		return position;
	}

}
