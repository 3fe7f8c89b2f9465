package dev.hipflex.account;

import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

interface AccountRepository extends Repository<Account, Long> {

	Optional<Account> findByEmail(String email);

	Optional<Account> findById(Long id);

	boolean existsByEmail(String email);

	Account save(Account account);

	/** Deletes the account; the database deletes everything that references it (ON DELETE CASCADE). */
	@Modifying
	@Query(value = "delete from account where id = :id", nativeQuery = true)
	int deleteAccount(Long id);

	/**
	 * Sets the usual pain level by itself: saving the whole entity would write back the password hash it read,
	 * undoing a password change made at the same moment.
	 */
	@Modifying
	@Query(value = "update account set usual_pain = :level where id = :id", nativeQuery = true)
	int setUsualPain(Long id, int level);

	/** The password hash by itself: saving the whole entity would write back the email it read. */
	@Modifying
	@Query(value = "update account set password_hash = :hash where id = :id", nativeQuery = true)
	int setPasswordHash(Long id, String hash);

	/** The account's email, set by itself (as {@link #setUsualPain}); the unique constraint refuses a taken one. */
	@Modifying
	@Query(value = "update account set email = :email where id = :id", nativeQuery = true)
	int changeEmail(Long id, String email);

	/** Ends every login made before: each carries the version it read ({@link CredentialVersions}). */
	@Transactional
	@Modifying
	@Query(value = "update account set credential_version = credential_version + 1 where id = :id", nativeQuery = true)
	int raiseCredentialVersion(Long id);

	/**
	 * Records the consent of an account made before registration asked for it; an account that has consented
	 * already keeps the time it first did (consent is never withdrawn but by deleting the account).
	 */
	@Modifying
	@Query(value = "update account set health_data_consent_at = :at, under_sixteen = :underSixteen "
			+ "where id = :id and health_data_consent_at is null", nativeQuery = true)
	int giveConsent(Long id, LocalDateTime at, boolean underSixteen);

	@Query(value = "select count(*) from account where id = :id and health_data_consent_at is not null",
			nativeQuery = true)
	int countConsented(Long id);

	/** A successful login: the account is in use again, so a warning about its deletion no longer holds. */
	@Transactional
	@Modifying
	@Query(value = "update account set last_login_at = :at, retention_warned_at = null where id = :id",
			nativeQuery = true)
	int recordLogin(Long id, LocalDateTime at);

	/**
	 * Deletes the account as {@link #deleteAccount} does, if it is still unused since then and was warned by
	 * then: a login in the meantime (which clears the warning) or another instance deleting it first leaves 0.
	 */
	@Modifying
	@Query(value = "delete from account where id = :id and retention_warned_at <= :warnedBy "
			+ "and coalesce(last_login_at, created_at) <= :unusedSince", nativeQuery = true)
	int deleteUnused(Long id, LocalDateTime unusedSince, LocalDateTime warnedBy);

	/** The runner's time zone as stored ({@link RunnerZone}); empty when not chosen (or no such account). */
	@Query(value = "select time_zone from account where id = :id", nativeQuery = true)
	Optional<String> timeZone(Long id);

	/** The time zone by itself, as {@link #setUsualPain}. */
	@Modifying
	@Query(value = "update account set time_zone = :zone where id = :id", nativeQuery = true)
	int setTimeZone(Long id, String zone);

}
