package dev.hipflex.account;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The version of what a runner's own pages show ({@code account.page_version}, {@code V34__page_version.sql}),
 * which lets {@link RunnerPageCache} keep those pages rendered for a short while on every instance and still never
 * serve one that a change has made out of date. The version is raised after the change is committed: every form a
 * logged-in runner sends ({@link PageChanges}), and whatever else changes a runner's data without one (a
 * clinician's change through a share link, a reminder unsubscribed from a mail), whose module calls
 * {@link #changed(long)}. Other modules ask this service, never the column.
 */
@Service
public class RunnerPages {

	/** What a kept page was made for: the runner's page version and their today. */
	record Stamp(long version, LocalDate today) {
	}

	private final JdbcTemplate jdbc;

	private final RunnerZone zones;

	RunnerPages(JdbcTemplate jdbc, RunnerZone zones) {
		this.jdbc = jdbc;
		this.zones = zones;
	}

	/** Something the runner's pages show has changed (and is committed): pages made before are not served again. */
	@Transactional
	public void changed(long accountId) {
		jdbc.update("update account set page_version = page_version + 1 where id = ?", accountId);
	}

	/** The runner's page version and today where they are, or empty when the account is gone. */
	Optional<Stamp> stamp(long accountId) {
		List<Long> versions = jdbc.queryForList("select page_version from account where id = ?", Long.class,
				accountId);
		return versions.stream().findFirst().map(version -> new Stamp(version, zones.today(accountId)));
	}

}
