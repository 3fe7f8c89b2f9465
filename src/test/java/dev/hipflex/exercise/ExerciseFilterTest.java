package dev.hipflex.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.hipflex.system.BadRequestException;
import org.junit.jupiter.api.Test;

class ExerciseFilterTest {

	static final List<String> MUSCLES = List.of("iliopsoas", "sartorius");

	static final List<String> EQUIPMENT = List.of("none", "resistance-band");

	@Test
	void nothingGivenMeansEverythingOnTheFirstPage() {
		ExerciseFilter filter = parse(null, null, null, null, null);

		assertThat(filter).isEqualTo(new ExerciseFilter(null, null, null, 1, ExerciseFilter.DEFAULT_SIZE));
		assertThat(filter.isFiltered()).isFalse();
	}

	@Test
	void readsKnownValues() {
		ExerciseFilter filter = parse("warm-up", "iliopsoas", "resistance-band", "2", "10");

		assertThat(filter).isEqualTo(new ExerciseFilter(ExerciseType.WARM_UP, "iliopsoas", "resistance-band", 2, 10));
		assertThat(filter.typeSlug()).isEqualTo("warm-up");
	}

	@Test
	void blankValuesAreIgnored() {
		assertThat(parse("", " ", "", "", "")).isEqualTo(parse(null, null, null, null, null));
	}

	@Test
	void refusesUnknownValuesWithAMessageNamingThem() {
		assertRefused(() -> parse("cardio", null, null, null, null), "exercises.filter.badType", "cardio");
		assertRefused(() -> parse("WARM_UP", null, null, null, null), "exercises.filter.badType", "WARM_UP");
		assertRefused(() -> parse(null, "biceps", null, null, null), "exercises.filter.badMuscle", "biceps");
		assertRefused(() -> parse(null, null, "kettlebell", null, null), "exercises.filter.badEquipment",
				"kettlebell");
		assertRefused(() -> parse(null, null, null, "0", null), "exercises.filter.badPage", "0");
		assertRefused(() -> parse(null, null, null, "-1", null), "exercises.filter.badPage", "-1");
		assertRefused(() -> parse(null, null, null, "two", null), "exercises.filter.badPage", "two");
		assertRefused(() -> parse(null, null, null, "99999999999", null), "exercises.filter.badPage", "99999999999");
		assertRefused(() -> parse(null, null, null, null, "15"), "exercises.filter.badSize", "15");
		assertRefused(() -> parse(null, null, null, null, "1e3"), "exercises.filter.badSize", "1e3");
	}

	@Test
	void shortensVeryLongValuesInTheMessage() {
		String longValue = "x".repeat(5000);
		assertThatThrownBy(() -> parse(longValue, null, null, null, null)).isInstanceOfSatisfying(
				BadRequestException.class,
				ex -> assertThat((String) ex.getMessageArguments()[0]).hasSize(ExerciseFilter.MAX_PARAMETER_LENGTH + 1));
	}

	private static ExerciseFilter parse(String type, String muscle, String equipment, String page, String size) {
		return ExerciseFilter.parse(type, muscle, equipment, page, size, MUSCLES, EQUIPMENT);
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key,
			String value) {
		assertThatThrownBy(call).isInstanceOfSatisfying(BadRequestException.class, ex -> {
			assertThat(ex.getMessageKey()).isEqualTo(key);
			assertThat(ex.getMessageArguments()).containsExactly(value);
		});
	}

}
