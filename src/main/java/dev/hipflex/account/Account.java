package dev.hipflex.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A runner's account: an email (stored in lower case), a password hash, and the runner's usual pain level
 * (the journal's pain check compares next-morning pain with it; see {@link UsualPain}).
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

	protected Account() {
	}

	Account(String email, String passwordHash, Instant createdAt) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
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

}
