package dev.hipflex.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a runner's changes run one after the other, whichever instance serves them: locks the runner's
 * account row ({@code SELECT ... FOR UPDATE}) until the caller's transaction ends. For changes that replace
 * rows (delete, then insert) or look before they insert, where two requests at once (a double click, two
 * tabs) would otherwise both insert. Take it before reading what the change depends on.
 */
@Component
public class RunnerLock {

	private final JdbcTemplate jdbc;

	RunnerLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(long accountId) {
		// A list, not one row: an account deleted meanwhile locks nothing, and the change then fails on its own.
		jdbc.queryForList("select id from account where id = ? for update", Long.class, accountId);
	}

}
