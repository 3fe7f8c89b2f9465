package dev.hipflex.journal;

/** The pause form as typed: dates as text, so a date that cannot be read is shown back with a message. */
public class PauseForm {

	private String from;

	private String to;

	private String reason;

	private String note;

	public static PauseForm of(Pause pause) {
		PauseForm form = new PauseForm();
		form.from = pause.startsOn().toString();
		form.to = pause.endsOn().toString();
		form.reason = pause.reason().name();
		form.note = pause.note();
		return form;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
