package dev.hipflex.routine;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A week: which routines on which day. A template (no owner, a slug) is shared: the recommended week is
 * the one with slug {@code recommended}. A runner's own week has an owner, no slug, and all seven days.
 */
@Entity
@Table(name = "week_plan")
public class WeekPlan {

	public static final String RECOMMENDED = "recommended";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	/** The runner's account for their own week; null for a template. */
	@Column(name = "owner_id")
	private Long ownerId;

	private String name;

	private String summary;

	@OneToMany(mappedBy = "weekPlan", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("dayOfWeek")
	private List<WeekPlanDay> days = new ArrayList<>();

	protected WeekPlan() {
	}

	/** A runner's week of seven rest days. */
	static WeekPlan ownedBy(Long ownerId, String name, String summary) {
		WeekPlan plan = new WeekPlan();
		plan.ownerId = ownerId;
		plan.name = name;
		plan.summary = summary;
		for (DayOfWeek dayOfWeek : DayOfWeek.values()) {
			plan.days.add(new WeekPlanDay(plan, dayOfWeek));
		}
		return plan;
	}

	/** Plans what the template plans: the same run days, notes and routines in the same slots and order. */
	void copyDays(WeekPlan template) {
		for (WeekPlanDay from : template.days) {
			WeekPlanDay to = day(from.getDayOfWeek()).orElseThrow();
			to.setRunDay(from.isRunDay());
			to.setNote(from.getNote());
			for (WeekPlanItem item : from.getItems()) {
				to.addItem(item.getRoutine(), item.getSlot());
			}
		}
	}

	Optional<WeekPlanDay> day(DayOfWeek dayOfWeek) {
		return days.stream().filter(day -> day.getDayOfWeek() == dayOfWeek).findFirst();
	}

	/** An item planned in this week, found by id: an id from another week is not found. */
	Optional<WeekPlanItem> item(Long itemId) {
		return items().stream().filter(item -> item.getId().equals(itemId)).findFirst();
	}

	List<WeekPlanItem> items() {
		return days.stream().flatMap(day -> day.getItems().stream()).toList();
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public Long getOwnerId() {
		return ownerId;
	}

	/** A runner's own week rather than a shared template. */
	public boolean isOwned() {
		return ownerId != null;
	}

	/**
	 * Names the week in identifiers that must not change while the week exists and must differ between
	 * weeks, such as calendar event UIDs: the slug of a template, the id of a runner's week.
	 */
	public String getKey() {
		return slug != null ? slug : "week-" + id;
	}

	public String getName() {
		return name;
	}

	public String getSummary() {
		return summary;
	}

	public List<WeekPlanDay> getDays() {
		return days;
	}

}
