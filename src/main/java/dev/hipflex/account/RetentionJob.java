package dev.hipflex.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes accounts nobody has logged in to for {@link Retention#inactiveAfter}, once their runner was warned by
 * mail at least {@link Retention#warningBefore} earlier; does nothing when the operator set no retention. An
 * account that has not logged in since logins were recorded counts from when it was made. Runs daily, on every
 * instance: each warning and each deletion is one conditional UPDATE or DELETE, so when two instances run at
 * once only one of them warns (and mails) or deletes a given account.
 */
@Component
@EnableScheduling
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	/** When the account was last used: its last login, or its making if it has not logged in since V24. */
	private static final String LAST_USED = "coalesce(last_login_at, created_at)";

	private final Retention retention;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final AccountMail mail;

	private final Clock clock;

	RetentionJob(Retention retention, JdbcTemplate jdbc, AccountService accounts, AccountMail mail, Clock clock) {
		this.retention = retention;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.mail = mail;
		this.clock = clock;
	}

	/** Daily, at a quiet hour (UTC); tests call it directly with a moved clock. */
	@Scheduled(cron = "${hipflex.retention.cron:0 17 3 * * *}", zone = "UTC")
	void run() {
		retention.inactiveAfter().ifPresent(inactiveAfter -> {
			LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
			warn(now, inactiveAfter);
			delete(now, inactiveAfter);
		});
	}

	private void warn(LocalDateTime now, TemporalAmount inactiveAfter) {
		// Unused for (inactive-after minus warning-before): the warning comes warning-before ahead.
		LocalDateTime unusedSince = Retention.before(now, inactiveAfter).plus(retention.warningBefore());
		List<Map<String, Object>> due = jdbc.queryForList("select id, email, " + LAST_USED + " as last_used from "
				+ "account where retention_warned_at is null and " + LAST_USED + " <= ?", unusedSince);
		for (Map<String, Object> account : due) {
			long id = ((Number) account.get("id")).longValue();
			int warned = jdbc.update("update account set retention_warned_at = ? where id = ? "
					+ "and retention_warned_at is null and " + LAST_USED + " <= ?", now, id, unusedSince);
			if (warned == 1) {
				LocalDateTime lastUsed = ((java.sql.Timestamp) account.get("last_used")).toLocalDateTime();
				LocalDateTime deleteAt = later(lastUsed.plus(inactiveAfter), now.plus(retention.warningBefore()));
				try {
					mail.retentionWarning((String) account.get("email"), deleteAt.toLocalDate());
				}
				catch (RuntimeException ex) {
					// Unwarned again, so the next run tries again: no account is deleted without its warning.
					jdbc.update("update account set retention_warned_at = null where id = ? and retention_warned_at = ?",
							id, now);
					log.warn("Could not send the retention warning mail to account {}; the next run tries again: {}", id,
							ex.toString());
				}
			}
		}
	}

	private void delete(LocalDateTime now, TemporalAmount inactiveAfter) {
		LocalDateTime unusedSince = Retention.before(now, inactiveAfter);
		LocalDateTime warnedBy = Retention.before(now, retention.warningBefore());
		List<Long> due = jdbc.queryForList("select id from account where retention_warned_at <= ? and " + LAST_USED
				+ " <= ?", Long.class, warnedBy, unusedSince);
		int deleted = 0;
		for (Long id : due) {
			if (accounts.deleteUnused(id, unusedSince, warnedBy)) {
				deleted++;
			}
		}
		if (deleted > 0) {
			log.info("Deleted {} account(s) unused since {} (UTC) and warned by {}", deleted, unusedSince, warnedBy);
		}
	}

	private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
		return a.isAfter(b) ? a : b;
	}

}
