package dev.hipflex.account;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A runner's account: an email (stored in lower case), a password hash, the runner's usual pain level
 * (the journal's pain check compares next-morning pain with it; see {@link UsualPain}), and their consent to
 * storing health data ({@link HealthDataConsent}).
 */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String passwordHash;

	private Instant createdAt;

	/** Only ever raised in SQL ({@link AccountRepository#raiseCredentialVersion}), so concurrent raises all count. */
	@Column(insertable = false, updatable = false)
	private int credentialVersion;

	/** Only ever set in SQL ({@link AccountRepository#setUsualPain}), so it never writes back a stale password hash. */
	@Column(insertable = false, updatable = false)
	private int usualPain;

	/**
	 * When the runner agreed to HipFlex storing their health data, in UTC; null for accounts made before it
	 * asked. Only written when the account is made.
	 */
	@Column(updatable = false)
	private LocalDateTime healthDataConsentAt;

	/** The runner said they are under 16, and that a parent or guardian agreed with them. */
	@Column(updatable = false)
	private boolean underSixteen;

	protected Account() {
	}

	Account(String email, String passwordHash, Instant createdAt, HealthDataConsent consent) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
		consented(consent, createdAt);
	}

	private void consented(HealthDataConsent consent, Instant at) {
		this.healthDataConsentAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
		this.underSixteen = consent == HealthDataConsent.UNDER_SIXTEEN_WITH_A_GUARDIAN;
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public int getCredentialVersion() {
		return credentialVersion;
	}

	public int getUsualPain() {
		return usualPain;
	}

	public Optional<Instant> getHealthDataConsentAt() {
		return Optional.ofNullable(healthDataConsentAt).map(at -> at.toInstant(ZoneOffset.UTC));
	}

	public boolean isUnderSixteen() {
		return underSixteen;
	}

}
