package dev.hipflex.routine;

/** What a routine is for; a programme has phases over several weeks. */
public enum RoutineKind {

	WARM_UP, STRETCH, STRENGTH, PROGRAMME

}
