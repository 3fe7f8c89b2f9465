package dev.hipflex.routine;

/** Adding an exercise to a routine that has the most a routine can have ({@link Routine#ENTRIES_MAX}). */
class RoutineFullException extends RuntimeException {

	RoutineFullException() {
		super("the routine has " + Routine.ENTRIES_MAX + " exercises");
	}

}
