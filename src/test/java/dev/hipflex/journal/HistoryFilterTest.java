package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import dev.hipflex.system.BadRequestException;
import org.junit.jupiter.api.Test;

class HistoryFilterTest {

	static final List<String> EXERCISES = List.of("glute-bridge", "forward-lunge");

	@Test
	void nothingGivenIsTheFirstPageOfEverything() {
		HistoryFilter filter = HistoryFilter.parse(null, "", " ", null, EXERCISES);
		assertThat(filter).isEqualTo(new HistoryFilter(null, null, null, 1));
		assertThat(filter.isFiltered()).isFalse();
		assertThat(filter.link(2)).isEqualTo("/journal?page=2");
	}

	@Test
	void readsDatesAnExerciseAndAPage() {
		HistoryFilter filter = HistoryFilter.parse("2024-03-01", " 2024-03-31 ", "glute-bridge", "3", EXERCISES);
		assertThat(filter).isEqualTo(new HistoryFilter(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31),
				"glute-bridge", 3));
		assertThat(filter.isFiltered()).isTrue();
		assertThat(filter.link(4)).isEqualTo("/journal?from=2024-03-01&to=2024-03-31&exercise=glute-bridge&page=4");
		assertThat(HistoryFilter.parse("2024-03-01", "2024-03-01", null, null, EXERCISES).from())
			.as("one day").isEqualTo(LocalDate.of(2024, 3, 1));
	}

	@Test
	void refusesWhatItCannotReadWithAMessageKeyAndTheValue() {
		assertRefused("x", null, null, null, "journal.history.badFrom", "x");
		assertRefused(null, "2024-02-30", null, null, "journal.history.badTo", "2024-02-30");
		assertRefused("2024-05-01", "2024-04-01", null, null, "journal.history.fromAfterTo", "2024-05-01");
		assertRefused(null, null, "psoas-march", null, "journal.history.badExercise", "psoas-march");
		assertRefused(null, null, null, "0", "journal.history.badPage", "0");
		assertRefused(null, null, null, "-2", "journal.history.badPage", "-2");
		assertRefused(null, null, null, "2.5", "journal.history.badPage", "2.5");
		assertRefused(null, null, null, "1000001", "journal.history.badPage", "1000001");
		assertRefused(null, null, "x".repeat(100), null, "journal.history.badExercise", "x".repeat(40) + "…");
	}

	private static void assertRefused(String from, String to, String exercise, String page, String key,
			String firstArgument) {
		assertThatThrownBy(() -> HistoryFilter.parse(from, to, exercise, page, EXERCISES))
			.isInstanceOfSatisfying(BadRequestException.class, ex -> {
				assertThat(ex.getMessageKey()).isEqualTo(key);
				assertThat(ex.getMessageArguments()[0]).isEqualTo(firstArgument);
			});
	}

}
