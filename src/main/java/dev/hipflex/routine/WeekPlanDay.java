package dev.hipflex.routine;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A day of a week plan: a run day or not, a note, and the routines planned. */
@Entity
@Table(name = "week_plan_day")
public class WeekPlanDay {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "week_plan_id")
	private WeekPlan weekPlan;

	/** ISO day number: 1 is Monday, 7 is Sunday. */
	private int dayOfWeek;

	private boolean runDay;

	private String note;

	@OneToMany(mappedBy = "day", fetch = FetchType.LAZY)
	@OrderBy("position")
	private List<WeekPlanItem> items = new ArrayList<>();

	protected WeekPlanDay() {
	}

	public Long getId() {
		return id;
	}

	public DayOfWeek getDayOfWeek() {
		return DayOfWeek.of(dayOfWeek);
	}

	public boolean isRunDay() {
		return runDay;
	}

	public String getNote() {
		return note;
	}

	public List<WeekPlanItem> getItems() {
		return items;
	}

}
