package dev.hipflex.routine;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A routine planned on a day, before or after the run or as a session of its own. */
@Entity
@Table(name = "week_plan_item")
public class WeekPlanItem {

	public enum Slot {

		BEFORE_RUN, AFTER_RUN, SESSION

	}

	@Id
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

	public Long getId() {
		return id;
	}

	public Routine getRoutine() {
		return routine;
	}

	public Slot getSlot() {
		return slot;
	}

	public int getPosition() {
		return position;
	}

}
