package dev.hipflex.guide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A page of the guide, made of ordered sections. The page with slug {@code overview} is /guide. */
@Entity
@Table(name = "guide_page")
public class GuidePage {

	public static final String OVERVIEW = "overview";

	@Id
	private Long id;

	private String slug;

	private String title;

	private String summary;

	private int position;

	private LocalDate updatedOn;

	@OneToMany(mappedBy = "page")
	@OrderBy("position")
	private List<GuideSection> sections = new ArrayList<>();

	protected GuidePage() {
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public int getPosition() {
		return position;
	}

	public List<GuideSection> getSections() {
		return sections;
	}

	public boolean isOverview() {
		return OVERVIEW.equals(slug);
	}

	/** The day this page's content last changed (the sitemap's lastmod too). */
	public LocalDate getUpdatedOn() {
		return updatedOn;
	}

}
