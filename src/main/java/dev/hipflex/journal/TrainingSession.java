package dev.hipflex.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

import dev.hipflex.exercise.Exercise;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A strengthening session a runner logged: the day, the routine done (kept by name too, so the history
 * reads the same when a routine changes), the sets, effort and pain on our own 0–10 scales, and notes.
 * The version lets a save from a form opened before another change be refused instead of overwriting it.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The owner. A plain id, not an association: the journal only ever filters by it. */
	private Long accountId;

	private LocalDate sessionDate;

	private Long routineId;

	private String routineName;

	private int effort;

	private int painDuring;

	private Integer painNextMorning;

	private String notes;

	private Instant createdAt;

	private Instant updatedAt;

	/** The token of the log form that saved it ({@link SessionForm#getToken()}); none for an import. */
	private String formToken;

	@Version
	private int version;

	@Enumerated(EnumType.STRING)
	private LoggedAs loggedAs = LoggedAs.TYPED;

	@OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<SessionSet> sets = new ArrayList<>();

	protected TrainingSession() {
	}

	TrainingSession(Long accountId, String formToken, Instant createdAt) {
		this.accountId = accountId;
		this.formToken = formToken;
		this.createdAt = createdAt;
	}

	/** Takes every value of the input, replacing the sets; {@code exercises} finds an exercise by id. */
	void record(SessionInput input, LongFunction<Exercise> exercises, Instant now) {
		sessionDate = input.date();
		routineId = input.routineId();
		routineName = input.routineName();
		effort = input.effort();
		painDuring = input.painDuring();
		painNextMorning = input.painNextMorning();
		notes = input.notes();
		updatedAt = now;
		sets.clear();
		int position = 1;
		for (SessionInput.SetInput set : input.sets()) {
			sets.add(new SessionSet(this, exercises.apply(set.exerciseId()), position++, set.reps(),
					set.holdSeconds(), set.loadKg(), set.band(), set.side()));
		}
	}

	/** Whether the session holds exactly what the input says: the form that saved it, sent again. */
	boolean holds(SessionInput input) {
		return sessionDate.equals(input.date()) && Objects.equals(routineId, input.routineId())
				&& effort == input.effort() && painDuring == input.painDuring()
				&& Objects.equals(painNextMorning, input.painNextMorning()) && Objects.equals(notes, input.notes())
				&& holdsSets(input.sets());
	}

	/** Whether the session's sets are exactly these, in this order. */
	boolean holdsSets(List<SessionInput.SetInput> others) {
		return sets.size() == others.size()
				&& IntStream.range(0, sets.size()).allMatch(i -> sets.get(i).holds(others.get(i)));
	}

	/** Records how the sets came to be (see {@link LoggedAs}). */
	void loggedAs(LoggedAs how) {
		this.loggedAs = how;
	}

	/** The runner's answer to "how does your hip feel this morning?", 0–10, checked by the caller. */
	void painNextMorning(int pain, Instant now) {
		this.painNextMorning = pain;
		this.updatedAt = now;
	}

	public LoggedAs getLoggedAs() {
		return loggedAs;
	}

	public Long getId() {
		return id;
	}

	public Long getAccountId() {
		return accountId;
	}

	public LocalDate getSessionDate() {
		return sessionDate;
	}

	public Long getRoutineId() {
		return routineId;
	}

	public String getRoutineName() {
		return routineName;
	}

	public int getEffort() {
		return effort;
	}

	public int getPainDuring() {
		return painDuring;
	}

	public Integer getPainNextMorning() {
		return painNextMorning;
	}

	public String getNotes() {
		return notes;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public int getVersion() {
		return version;
	}

	public List<SessionSet> getSets() {
		return sets;
	}

}
