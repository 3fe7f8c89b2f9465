package dev.hipflex.routine;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A week: which routines on which day. The recommended week is the one with slug {@code recommended}. */
@Entity
@Table(name = "week_plan")
public class WeekPlan {

	public static final String RECOMMENDED = "recommended";

	@Id
	private Long id;

	private String slug;

	private String name;

	private String summary;

	@OneToMany(mappedBy = "weekPlan", fetch = FetchType.LAZY)
	@OrderBy("dayOfWeek")
	private List<WeekPlanDay> days = new ArrayList<>();

	protected WeekPlan() {
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
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
