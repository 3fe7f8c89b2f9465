package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.hipflex.exercise.Dose;
import dev.hipflex.journal.JournalChoices.ExerciseChoice;
import dev.hipflex.journal.JournalChoices.RoutineChoice;
import dev.hipflex.journal.SessionFormReader.Problem;
import org.junit.jupiter.api.Test;

class SessionFormReaderTest {

	static final LocalDate TODAY = LocalDate.of(2025, 5, 14);

	static final JournalChoices CHOICES = new JournalChoices(
			List.of(new RoutineChoice(10, "Hip strength A", true, List.of())),
			List.of(new ExerciseChoice(1, "glute-bridge", "Glute bridge", Dose.Unit.REPS),
					new ExerciseChoice(2, "kneeling-hip-flexor-stretch", "Kneeling hip flexor stretch", Dose.Unit.HOLD),
					new ExerciseChoice(3, "mountain-climbers", "Mountain climbers", Dose.Unit.TIME)));

	final SessionFormReader reader = new SessionFormReader(TODAY, CHOICES);

	@Test
	void readsAValidSessionAndIgnoresEmptyRows() {
		SessionForm form = valid();
		form.getSets().add(row("1", "12", "7,5", null, "left"));
		form.getSets().add(row("1", "", "", " ", "BOTH"));
		form.getSets().add(row("2", "30", null, "light band", null));
		form.getSets().add(row("3", "25", null, null, "RIGHT"));
		form.getSets().add(row("", null, null, null, "BOTH"));
		form.setRoutine("10");
		form.setPainNextMorning("3");
		form.setNotes("  First line\r\nSecond line  ");

		SessionFormReader.Result result = reader.read(form);

		assertThat(result.problems()).isEmpty();
		SessionInput input = result.input();
		assertThat(input.date()).isEqualTo(TODAY);
		assertThat(input.routineId()).isEqualTo(10L);
		assertThat(input.routineName()).isEqualTo("Hip strength A");
		assertThat(input.effort()).isEqualTo(6);
		assertThat(input.painDuring()).isZero();
		assertThat(input.painNextMorning()).isEqualTo(3);
		assertThat(input.notes()).isEqualTo("First line\nSecond line");
		assertThat(input.sets()).containsExactly(
				new SessionInput.SetInput(1, 12, null, new BigDecimal("7.5"), null, Side.LEFT),
				new SessionInput.SetInput(2, null, 30, null, "light band", Side.BOTH),
				new SessionInput.SetInput(3, null, 25, null, null, Side.RIGHT));
	}

	@Test
	void noRoutineNoSetsNoNotesAndNoMorningPainIsASession() {
		SessionFormReader.Result result = reader.read(valid());
		assertThat(result.isValid()).isTrue();
		assertThat(result.input().routineId()).isNull();
		assertThat(result.input().painNextMorning()).isNull();
		assertThat(result.input().notes()).isNull();
		assertThat(result.input().sets()).isEmpty();
	}

	@Test
	void eachBadValueIsAProblemOfItsField() {
		SessionForm form = new SessionForm();
		form.setDate("2025-05-15");
		form.setRoutine("11");
		form.setEffort("10.5");
		form.setPainDuring("");
		form.setPainNextMorning("11");
		form.setNotes("é".repeat(2001));
		form.getSets().add(row("1", "1001", null, null, null));
		form.getSets().add(row("2", "3601", null, null, null));
		form.getSets().add(row("1", "10", "500.01", null, null));
		form.getSets().add(row("1", "10", "5", "band", null));
		form.getSets().add(row("1", "10", null, "b".repeat(41), null));
		form.getSets().add(row("1", "10", null, null, "up"));
		form.getSets().add(row("9", "10", null, null, null));
		form.getSets().add(row(null, "10", null, null, null));
		form.getSets().add(row("1", null, "5", null, null));
		form.getSets().add(row("1", "1e3", null, null, null));

		List<Problem> problems = reader.read(form).problems();

		assertThat(problems).extracting(Problem::field, Problem::key)
			.containsExactly(tuple("date", "journal.date.future"), tuple("routine", "journal.routine.unknown"),
					tuple("effort", "journal.effort.invalid"), tuple("painDuring", "journal.painDuring.required"),
					tuple("painNextMorning", "journal.painNextMorning.invalid"),
					tuple("notes", "journal.notes.tooLong"), tuple("sets[0].amount", "journal.set.reps.invalid"),
					tuple("sets[1].amount", "journal.set.seconds.invalid"),
					tuple("sets[2].load", "journal.set.load.invalid"), tuple("sets[3].band", "journal.set.loadAndBand"),
					tuple("sets[4].band", "journal.set.band.tooLong"), tuple("sets[5].side", "journal.set.side.invalid"),
					tuple("sets[6].exercise", "journal.set.exercise.unknown"),
					tuple("sets[7].exercise", "journal.set.exercise.required"),
					tuple("sets[8].amount", "journal.set.reps.required"),
					tuple("sets[9].amount", "journal.set.reps.invalid"));
		assertThat(problems.get(6).arguments()).containsExactly(1, "Glute bridge", 1000, "1001");
		assertThat(problems.get(1).arguments()).containsExactly("11");
		assertThat(problems.get(5).arguments()).containsExactly(2000, 2001);
	}

	@Test
	void datesMustBeIsoAndWithinTheJournal() {
		assertThat(dateProblem("2000-01-01")).isNull();
		assertThat(dateProblem("1999-12-31")).isEqualTo("journal.date.tooEarly");
		assertThat(dateProblem("2025-5-1")).isEqualTo("journal.date.invalid");
		assertThat(dateProblem("2025-02-29")).isEqualTo("journal.date.invalid");
		assertThat(dateProblem(" ")).isEqualTo("journal.date.required");
	}

	@Test
	void moreSetsThanTheLimitAreRefused() {
		SessionForm form = valid();
		for (int set = 0; set <= JournalLimits.SETS_MAX; set++) {
			form.getSets().add(row("1", "10", null, null, null));
		}
		assertThat(reader.read(form).problems()).extracting(Problem::key).containsExactly("journal.sets.tooMany");
	}

	@Test
	void typedValuesAreQuotedShort() {
		assertThat(SessionFormReader.quote("  " + "x".repeat(50))).isEqualTo("x".repeat(40) + "…");
		assertThat(SessionFormReader.wholeNumber("1234567890")).isEmpty();
		assertThat(SessionFormReader.wholeNumber(" 42 ")).contains(42L);
	}

	private String dateProblem(String date) {
		SessionForm form = valid();
		form.setDate(date);
		return reader.read(form).problems().stream().map(Problem::key).findFirst().orElse(null);
	}

	private static SessionForm valid() {
		SessionForm form = new SessionForm();
		form.setDate(TODAY.toString());
		form.setEffort("6");
		form.setPainDuring("0");
		return form;
	}

	private static SessionForm.SetRow row(String exercise, String amount, String load, String band, String side) {
		SessionForm.SetRow row = new SessionForm.SetRow(exercise, false, null);
		row.setAmount(amount);
		row.setLoad(load);
		row.setBand(band);
		row.setSide(side);
		return row;
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
