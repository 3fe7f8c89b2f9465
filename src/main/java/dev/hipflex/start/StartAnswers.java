package dev.hipflex.start;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A runner's answers on the start screen; one row per account, replaced when they change them. */
@Entity
@Table(name = "start_answers")
class StartAnswers {

	@Id
	private Long accountId;

	private int currentPain;

	private boolean boneStressInjury;

	private boolean clinicianManages;

	/** In UTC, as the other timestamps of an account. */
	private LocalDateTime answeredAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "start_red_flag", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "red_flag_id")
	private Set<Long> redFlagIds = new LinkedHashSet<>();

	protected StartAnswers() {
	}

	StartAnswers(Long accountId) {
		this.accountId = accountId;
	}

	void answer(StartInput.Answers answers, Instant at) {
		this.currentPain = answers.currentPain();
		this.boneStressInjury = answers.boneStressInjury();
		this.clinicianManages = answers.clinicianManages();
		this.redFlagIds.clear();
		this.redFlagIds.addAll(answers.redFlagIds());
		this.answeredAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	Long getAccountId() {
		return accountId;
	}

	int getCurrentPain() {
		return currentPain;
	}

	boolean isBoneStressInjury() {
		return boneStressInjury;
	}

	boolean isClinicianManages() {
		return clinicianManages;
	}

	Instant getAnsweredAt() {
		return answeredAt.toInstant(ZoneOffset.UTC);
	}

	Set<Long> getRedFlagIds() {
		return redFlagIds;
	}

}
