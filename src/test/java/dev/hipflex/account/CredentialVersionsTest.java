package dev.hipflex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The credential check runs on every request of a logged-in runner; these count its database reads: one per
 * runner per {@link CredentialVersions#FRESH_FOR}, however many requests, plus one when something changed.
 */
class CredentialVersionsTest {

	private static final long ID = 42;

	private final JdbcTemplate jdbc = mock(JdbcTemplate.class);

	private final Clock clock = mock(Clock.class);

	private final CredentialVersions versions = new CredentialVersions(jdbc, clock);

	private Instant now = Instant.parse("2026-12-07T10:15:30Z");

	private int stored = 3;

	@BeforeEach
	void aDatabaseAndAClock() {
		when(clock.instant()).thenAnswer(invocation -> now);
		when(clock.getZone()).thenReturn(ZoneOffset.UTC);
		when(jdbc.queryForList(anyString(), eq(Integer.class), eq(ID)))
			.thenAnswer(invocation -> stored < 0 ? List.of() : List.of(stored));
	}

	@Test
	void aThousandRequestsWithinTheFreshTimeReadTheDatabaseOnce() {
		for (int request = 0; request < 1000; request++) {
			assertThat(versions.honours(runner(3))).isTrue();
		}
		now = now.plus(CredentialVersions.FRESH_FOR).minusMillis(1);
		assertThat(versions.honours(runner(3))).isTrue();
		reads(1);

		now = now.plusMillis(1);
		assertThat(versions.honours(runner(3))).isTrue();
		reads(2);
	}

	@Test
	void aChangeOnThisInstanceIsSeenAtOnceAndOneOnAnotherWithinTheFreshTime() {
		assertThat(versions.honours(runner(3))).isTrue();

		stored = 4;
		versions.forget(ID);
		assertThat(versions.honours(runner(3))).as("after the change here").isFalse();
		assertThat(versions.honours(runner(4))).as("the login that changed it").isTrue();

		stored = 5; // changed on another instance
		assertThat(versions.honours(runner(4))).as("remembered").isTrue();
		now = now.plus(CredentialVersions.FRESH_FOR);
		assertThat(versions.honours(runner(4))).as("read again").isFalse();
	}

	@Test
	void aLoginNewerThanTheRememberedVersionIsCheckedNotRefused() {
		assertThat(versions.honours(runner(3))).isTrue();
		stored = 4; // changed on another instance, and the runner logged in again here

		assertThat(versions.honours(runner(4))).isTrue();
		assertThat(versions.honours(runner(3))).isFalse();
	}

	@Test
	void aDeletedAccountHonoursNoLogin() {
		assertThat(versions.honours(runner(3))).isTrue();
		stored = -1;
		versions.forget(ID);

		assertThat(versions.honours(runner(3))).isFalse();
		assertThat(versions.honours(runner(0))).isFalse();
	}

	private void reads(int expected) {
		verify(jdbc, times(expected)).queryForList(anyString(), eq(Integer.class), eq(ID));
	}

	private static CurrentRunner runner(int credentialVersion) {
		return new CurrentRunner(ID, "runner@example.org", "{noop}x", credentialVersion);
	}

}
