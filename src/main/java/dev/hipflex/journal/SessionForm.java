package dev.hipflex.journal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the log and edit forms send, exactly as typed: every value is text, so a refused form shows back
 * what the runner typed and {@link SessionFormReader} can say what is wrong with it.
 */
public class SessionForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private String date;

	private String routine;

	private String effort;

	private String painDuring;

	private String painNextMorning;

	private String notes;

	/** The session's version when the edit form was opened; empty on the log form. */
	private String version;

	/**
	 * The log form's own token, new each time the form is shown: the session it saves keeps it, so the same
	 * form sent again (a double click) is recognised rather than saved twice. Empty on the edit form.
	 */
	private String token;

	/**
	 * How the log form's rows were filled: "planned" ("Done as planned"), "last" ("Same as last time") or
	 * empty (typed). Only a claim: the save checks the rows against the plan or the copied session.
	 */
	private String fill;

	/** The id of the session "Same as last time" copied the rows from. */
	private String copiedFrom;

	private List<SetRow> sets = new ArrayList<>();

	/** A row of the set table. Planned rows name their exercise; extra rows let the runner choose it. */
	public static class SetRow implements Serializable {

		private static final long serialVersionUID = 1L;

		private String exercise;

		/** "true" for a row the routine planned: its exercise is shown, not chosen. */
		private String planned;

		/** The planned amount ("10–15"), shown as the input's placeholder. */
		private String target;

		private String amount;

		private String load;

		private String band;

		private String side = Side.BOTH.name();

		public SetRow() {
		}

		SetRow(String exercise, boolean planned, String target) {
			this.exercise = exercise;
			this.planned = Boolean.toString(planned);
			this.target = target;
		}

		/** Nothing typed in it: the row is ignored. */
		public boolean isBlank() {
			return blank(amount) && blank(load) && blank(band);
		}

		public String getExercise() {
			return exercise;
		}

		public void setExercise(String exercise) {
			this.exercise = exercise;
		}

		public boolean isPlannedRow() {
			return "true".equals(planned);
		}

		public String getPlanned() {
			return planned;
		}

		public void setPlanned(String planned) {
			this.planned = planned;
		}

		public String getTarget() {
			return target;
		}

		public void setTarget(String target) {
			this.target = target;
		}

		public String getAmount() {
			return amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		public String getLoad() {
			return load;
		}

		public void setLoad(String load) {
			this.load = load;
		}

		public String getBand() {
			return band;
		}

		public void setBand(String band) {
			this.band = band;
		}

		public String getSide() {
			return side;
		}

		public void setSide(String side) {
			this.side = side;
		}

	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getDate() {
		return date;
	}

	public String getFill() {
		return fill;
	}

	public void setFill(String fill) {
		this.fill = fill;
	}

	public String getCopiedFrom() {
		return copiedFrom;
	}

	public void setCopiedFrom(String copiedFrom) {
		this.copiedFrom = copiedFrom;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getRoutine() {
		return routine;
	}

	public void setRoutine(String routine) {
		this.routine = routine;
	}

	public String getEffort() {
		return effort;
	}

	public void setEffort(String effort) {
		this.effort = effort;
	}

	public String getPainDuring() {
		return painDuring;
	}

	public void setPainDuring(String painDuring) {
		this.painDuring = painDuring;
	}

	public String getPainNextMorning() {
		return painNextMorning;
	}

	public void setPainNextMorning(String painNextMorning) {
		this.painNextMorning = painNextMorning;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public List<SetRow> getSets() {
		return sets;
	}

	public void setSets(List<SetRow> sets) {
		this.sets = sets;
	}

}
