package dev.hipflex.routine;

import java.util.Locale;
import java.util.Optional;

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

/** A routine planned on a day, before or after the run or as a session of its own. */
@Entity
@Table(name = "week_plan_item")
public class WeekPlanItem implements Positioned {

	public enum Slot {

		BEFORE_RUN, AFTER_RUN, SESSION;

		/** The slot as a form sends it ({@code BEFORE_RUN}); anything else is empty. */
		public static Optional<Slot> parse(String value) {
			for (Slot slot : values()) {
				if (slot.name().equals(value == null ? null : value.strip().toUpperCase(Locale.ROOT))) {
					return Optional.of(slot);
				}
			}
			return Optional.empty();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "week_plan_day_id")
	private WeekPlanDay day;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "routine_id")
	private Routine routine;

	@Enumerated(EnumType.STRING)
	private Slot slot;

	private int position;

	protected WeekPlanItem() {
	}

	WeekPlanItem(WeekPlanDay day, Routine routine, Slot slot, int position) {
		this.day = day;
		this.routine = routine;
		this.slot = slot;
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	WeekPlanDay getDay() {
		return day;
	}

	public Routine getRoutine() {
		return routine;
	}

	void setRoutine(Routine routine) {
		this.routine = routine;
	}

	public Slot getSlot() {
		return slot;
	}

	@Override
	public int getPosition() {
		return position;
	}

	@Override
	public void setPosition(int position) {
		this.position = position;
	}

}
