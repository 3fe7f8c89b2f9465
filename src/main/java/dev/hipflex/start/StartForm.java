package dev.hipflex.start;

import java.util.ArrayList;
import java.util.List;

/** What the start screen sends, as typed: the answers are read and checked by {@link StartInput}. */
public class StartForm {

	private String currentPain;

	private String usualPain;

	private List<String> redFlags = new ArrayList<>();

	private String boneStressInjury;

	private String clinicianManages;

	/** Where to go once answered: the page the runner was on the way to ({@link StartGate}). */
	private String timeZone;

	private String next;

	public String getCurrentPain() {
		return currentPain;
	}

	public void setCurrentPain(String currentPain) {
		this.currentPain = currentPain;
	}

	public String getUsualPain() {
		return usualPain;
	}

	public void setUsualPain(String usualPain) {
		this.usualPain = usualPain;
	}

	public List<String> getRedFlags() {
		return redFlags;
	}

	public void setRedFlags(List<String> redFlags) {
		this.redFlags = redFlags == null ? new ArrayList<>() : redFlags;
	}

	public String getBoneStressInjury() {
		return boneStressInjury;
	}

	public void setBoneStressInjury(String boneStressInjury) {
		this.boneStressInjury = boneStressInjury;
	}

	public String getClinicianManages() {
		return clinicianManages;
	}

	public void setClinicianManages(String clinicianManages) {
		this.clinicianManages = clinicianManages;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getNext() {
		return next;
	}

	public void setNext(String next) {
		this.next = next;
	}

}
