package dev.hipflex.routine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Something kept in order by a position number: an exercise in a routine, a routine on a day. Moving one
 * swaps it with its neighbour among the rows that are shown together (a day's routines are shown by slot,
 * so a routine moves within its slot).
 */
interface Positioned {

	int getPosition();

	void setPosition(int position);

	enum Direction {

		UP, DOWN

	}

	/**
	 * Numbers {@code all} 1, 2, 3... in their current order (rows added or removed may have left gaps or
	 * ties), then swaps {@code moving} with its nearest neighbour in {@code direction} among those that
	 * {@code together} accepts. Returns false, changing nothing but the numbering, when it is already first
	 * or last.
	 */
	static <T extends Positioned> boolean move(List<T> all, T moving, Direction direction, Predicate<T> together) {
		List<T> ordered = new ArrayList<>(all);
		ordered.sort(Comparator.comparingInt(Positioned::getPosition));
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).setPosition(i + 1);
		}
		List<T> shown = ordered.stream().filter(together).toList();
		int index = shown.indexOf(moving);
		int neighbour = direction == Direction.UP ? index - 1 : index + 1;
		if (index < 0 || neighbour < 0 || neighbour >= shown.size()) {
			return false;
		}
		T other = shown.get(neighbour);
		int position = moving.getPosition();
		moving.setPosition(other.getPosition());
		other.setPosition(position);
		return true;
	}

	/** The position after the last one, for a row added at the end. */
	static int next(List<? extends Positioned> all) {
		return all.stream().mapToInt(Positioned::getPosition).max().orElse(0) + 1;
	}

}
