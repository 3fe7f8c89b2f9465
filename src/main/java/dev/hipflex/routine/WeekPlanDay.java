package dev.hipflex.routine;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
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

	/** The longest note a day can have (the column's size). */
	public static final int NOTE_MAX_LENGTH = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "week_plan_id")
	private WeekPlan weekPlan;

	/** ISO day number: 1 is Monday, 7 is Sunday. */
	private int dayOfWeek;

	private boolean runDay;

	private String note;

	@OneToMany(mappedBy = "day", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<WeekPlanItem> items = new ArrayList<>();

	protected WeekPlanDay() {
	}

	WeekPlanDay(WeekPlan weekPlan, DayOfWeek dayOfWeek) {
		this.weekPlan = weekPlan;
		this.dayOfWeek = dayOfWeek.getValue();
	}

	WeekPlanItem addItem(Routine routine, WeekPlanItem.Slot slot) {
		WeekPlanItem item = new WeekPlanItem(this, routine, slot, Positioned.next(items));
		items.add(item);
		return item;
	}

	void removeItem(WeekPlanItem item) {
		items.remove(item);
	}

	/** Moves an item up or down among the routines of its slot, as the day is shown. */
	boolean move(WeekPlanItem item, Positioned.Direction direction) {
		return Positioned.move(items, item, direction, other -> other.getSlot() == item.getSlot());
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

	void setRunDay(boolean runDay) {
		this.runDay = runDay;
	}

	public String getNote() {
		return note;
	}

	void setNote(String note) {
		this.note = note;
	}

	public List<WeekPlanItem> getItems() {
		return items;
	}

}
