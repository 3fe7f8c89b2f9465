package dev.hipflex.routine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A phase of a programme: a range of weeks with its sessions, effort and exercises. */
@Entity
@Table(name = "routine_phase")
public class RoutinePhase {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "routine_id")
	private Routine routine;

	@Column(name = "phase_number")
	private int number;

	private String name;

	private int firstWeek;

	private int lastWeek;

	private String sessionsPerWeek;

	private int effortMin;

	private int effortMax;

	private String notes;

	protected RoutinePhase() {
	}

	public Long getId() {
		return id;
	}

	public int getNumber() {
		return number;
	}

	public String getName() {
		return name;
	}

	public int getFirstWeek() {
		return firstWeek;
	}

	public int getLastWeek() {
		return lastWeek;
	}

	public String getSessionsPerWeek() {
		return sessionsPerWeek;
	}

	public int getEffortMin() {
		return effortMin;
	}

	public int getEffortMax() {
		return effortMax;
	}

	public String getNotes() {
		return notes;
	}

}
