package dev.hipflex.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A sign that hip or groin pain needs a clinician rather than training. */
@Entity
@Table(name = "red_flag")
public class RedFlag {

	@Id
	private Long id;

	private String text;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_id")
	private Source source;

	@Enumerated(EnumType.STRING)
	private Urgency urgency;

	private int position;

	/** About children and teenagers who are still growing: the start screen asks it only of runners under 16. */
	private boolean youngRunner;

	protected RedFlag() {
	}

	public Long getId() {
		return id;
	}

	public String getText() {
		return text;
	}

	public Source getSource() {
		return source;
	}

	public Urgency getUrgency() {
		return urgency;
	}

	public int getPosition() {
		return position;
	}

	public boolean isYoungRunner() {
		return youngRunner;
	}

}
