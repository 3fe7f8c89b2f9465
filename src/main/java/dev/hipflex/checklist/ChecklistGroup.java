package dev.hipflex.checklist;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A group of checklist items and when they apply. */
@Entity
@Table(name = "checklist_group")
public class ChecklistGroup {

	/** When a group's items are ticked. */
	public enum Applies {

		RUN_DAY, WEEK, WARNING

	}

	@Id
	private Long id;

	private String slug;

	private String name;

	private String summary;

	@Enumerated(EnumType.STRING)
	private Applies applies;

	private int position;

	@OneToMany(mappedBy = "group")
	@OrderBy("position")
	private List<ChecklistItem> items = new ArrayList<>();

	protected ChecklistGroup() {
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

	public Applies getApplies() {
		return applies;
	}

	public boolean isTickable() {
		return applies != Applies.WARNING;
	}

	public List<ChecklistItem> getItems() {
		return items;
	}

}
