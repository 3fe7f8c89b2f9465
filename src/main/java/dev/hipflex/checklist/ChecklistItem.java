package dev.hipflex.checklist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.hipflex.guide.EvidenceLevel;
import dev.hipflex.guide.SourceLink;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Something to do (or a sign to watch for), linked to the page that explains it. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

	@Id
	private Long id;

	private String slug;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "group_id")
	private ChecklistGroup group;

	private String text;

	private String detail;

	private String linkUrl;

	private String linkText;

	@Enumerated(EnumType.STRING)
	private EvidenceLevel evidenceLevel;

	/** Set for items that tick themselves; {@code STRENGTH_SESSIONS} counts the week's journal sessions. */
	private String automatic;

	private int position;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "checklist_item_source", joinColumns = @JoinColumn(name = "item_id"))
	private Set<SourceLink> sources = new LinkedHashSet<>();

	protected ChecklistItem() {
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public ChecklistGroup getGroup() {
		return group;
	}

	public String getText() {
		return text;
	}

	public String getDetail() {
		return detail;
	}

	public String getLinkUrl() {
		return linkUrl;
	}

	public String getLinkText() {
		return linkText;
	}

	public EvidenceLevel getEvidenceLevel() {
		return evidenceLevel;
	}

	public boolean isAutomatic() {
		return automatic != null;
	}

	/** The sources it cites, in the order of the sources page. */
	public List<SourceLink> getSources() {
		return SourceLink.inOrder(sources);
	}

}
