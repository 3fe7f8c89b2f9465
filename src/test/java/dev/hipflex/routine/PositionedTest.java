package dev.hipflex.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class PositionedTest {

	/** A row with a position and a group (like a routine's slot on a day). */
	static final class Row implements Positioned {

		final String name;

		final String group;

		int position;

		Row(String name, String group, int position) {
			this.name = name;
			this.group = group;
			this.position = position;
		}

		@Override
		public int getPosition() {
			return position;
		}

		@Override
		public void setPosition(int position) {
			this.position = position;
		}

	}

	@Test
	void movingUpAndDownSwapsWithTheNeighbourAndStopsAtTheEnds() {
		List<Row> rows = rows("a", "b", "c");

		assertThat(Positioned.move(rows, rows.get(2), Positioned.Direction.UP, row -> true)).isTrue();
		assertThat(order(rows)).containsExactly("a", "c", "b");
		assertThat(Positioned.move(rows, rows.get(0), Positioned.Direction.UP, row -> true)).isFalse();
		assertThat(Positioned.move(rows, rows.get(1), Positioned.Direction.DOWN, row -> true)).isFalse();
		assertThat(order(rows)).containsExactly("a", "c", "b");
	}

	@Test
	void gapsAndTiesLeftByRemovalsAreNumberedAgainFirst() {
		List<Row> rows = new ArrayList<>(List.of(new Row("a", "x", 4), new Row("b", "x", 4), new Row("c", "x", 9)));

		Positioned.move(rows, rows.get(2), Positioned.Direction.UP, row -> true);

		assertThat(order(rows)).containsExactly("a", "c", "b");
		assertThat(rows.stream().mapToInt(Row::getPosition).sorted().toArray()).containsExactly(1, 2, 3);
	}

	@Test
	void aRowMovesPastRowsOfOtherGroupsToTheNextOfItsOwn() {
		List<Row> rows = new ArrayList<>(List.of(new Row("warm-up", "before", 1), new Row("stretch", "after", 2),
				new Row("strength", "session", 3), new Row("more stretch", "after", 4)));
		Row moving = rows.get(3);

		Positioned.move(rows, moving, Positioned.Direction.UP, row -> row.group.equals(moving.group));

		assertThat(order(rows)).containsExactly("warm-up", "more stretch", "strength", "stretch");
	}

	@Test
	void theNextPositionIsAfterTheLast() {
		assertThat(Positioned.next(rows("a", "b"))).isEqualTo(3);
		assertThat(Positioned.next(List.<Row>of())).isEqualTo(1);
	}

	private static List<Row> rows(String... names) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			rows.add(new Row(names[i], "x", i + 1));
		}
		return rows;
	}

	private static List<String> order(List<Row> rows) {
		return rows.stream().sorted(Comparator.comparingInt(Row::getPosition)).map(row -> row.name).toList();
	}

}
