package dev.hipflex.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.hipflex.progress.ChartGeometry.Bar;
import dev.hipflex.progress.ChartGeometry.BarChart;
import dev.hipflex.progress.ChartGeometry.Frame;
import dev.hipflex.progress.ChartGeometry.LineChart;
import dev.hipflex.progress.ChartGeometry.Marker;
import dev.hipflex.progress.ChartGeometry.Series;
import dev.hipflex.progress.ChartGeometry.Tick;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartGeometryTest {

	@ParameterizedTest
	@CsvSource({ "0, 1", "1, 1", "3, 1", "5, 1", "6, 2", "10, 2", "11, 5", "25, 5", "26, 10", "90, 20", "101, 50",
			"480, 100", "1234, 500", "99999, 20000" })
	void stepsAreOneTwoOrFiveTimesAPowerOfTenWithAtMostFiveSteps(long highest, long step) {
		assertThat(ChartGeometry.niceStep(highest)).isEqualTo(step);
	}

	@Test
	void barsStandOnTheXAxisWithHeightsInProportionAndRoundTicks() {
		BarChart chart = ChartGeometry.bars(List.of(0L, 2L, 3L, 1L), List.of(2L, 2L, 2L, 2L), 3);
		Frame frame = chart.frame();

		assertThat(chart.yTicks()).extracting(Tick::value).containsExactly(0L, 1L, 2L, 3L);
		assertThat(chart.yTicks().get(0).position()).isEqualTo(frame.bottom());
		assertThat(chart.yTicks().get(3).position()).isEqualTo(frame.top());
		for (Bar bar : chart.bars()) {
			assertThat(bar.y() + bar.height()).isCloseTo(frame.bottom(), org.assertj.core.data.Offset.offset(0.11));
			assertThat(bar.x()).isGreaterThanOrEqualTo(frame.left());
			assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(frame.right());
		}
		assertThat(chart.bars().get(0).height()).isZero();
		assertThat(chart.bars().get(2).height()).isEqualTo(frame.bottom() - frame.top());
		assertThat(chart.bars().get(1).height() * 3).isCloseTo(chart.bars().get(2).height() * 2,
				org.assertj.core.data.Offset.offset(0.5));
		assertThat(chart.bars()).extracting(Bar::partial).containsExactly(false, false, false, true);
		assertThat(chart.bars().get(1).labelY()).isLessThan(chart.bars().get(1).y());
		assertThat(chart.xTicks()).extracting(Tick::value).containsExactly(0L, 1L, 2L, 3L);
		assertThat(chart.xTicks().get(1).position()).isEqualTo(chart.bars().get(1).centre());
		assertThat(frame.viewBox()).isEqualTo("0 0 720 320");
	}

	@Test
	void targetsAreAStepLineAcrossEachBarsPlaceAndTheScaleFitsThem() {
		BarChart chart = ChartGeometry.bars(List.of(0L, 1L), List.of(3L, 3L), -1);

		assertThat(chart.yTicks()).extracting(Tick::value).containsExactly(0L, 1L, 2L, 3L);
		double top = chart.frame().top();
		assertThat(chart.target().path()).isEqualTo("M58," + n(top) + " H" + n(chart.frame().left() + band(chart) - 2)
				+ " M" + n(chart.frame().left() + band(chart) + 2) + "," + n(top) + " H" + n(chart.frame().right() - 2));
		assertThat(chart.target().labelY()).isEqualTo(top + 4);
		assertThat(chart.bars()).noneMatch(Bar::partial);
		assertThat(ChartGeometry.bars(List.of(1L), null, 0).hasTarget()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> ChartGeometry.bars(List.of(1L), List.of(1L, 2L), 0));
	}

	@Test
	void allZeroValuesStillMakeAScale() {
		BarChart chart = ChartGeometry.bars(List.of(0L, 0L), null, 1);

		assertThat(chart.yTicks()).extracting(Tick::value).containsExactly(0L, 1L);
		assertThat(chart.bars()).allMatch(bar -> bar.height() == 0);
	}

	@Test
	void linesPlacePointsOnTheFixedScaleAndBreakAtMissingValues() {
		LineChart chart = ChartGeometry.lines(4,
				List.of(new Series(List.of(0, 5, 10, 5), Marker.CIRCLE),
						new Series(Arrays.asList(2, null, 4, 6), Marker.TRIANGLE)),
				10, 2, 5L);
		Frame frame = chart.frame();

		assertThat(chart.yTicks()).extracting(Tick::value).containsExactly(0L, 2L, 4L, 6L, 8L, 10L);
		var effort = chart.lines().get(0);
		assertThat(effort.points()).hasSize(4);
		assertThat(effort.points().get(0).y()).isEqualTo(frame.bottom());
		assertThat(effort.points().get(2).y()).isEqualTo(frame.top());
		assertThat(effort.points().get(0).x()).isEqualTo(frame.left() + ChartGeometry.LINE_INSET);
		assertThat(effort.points().get(3).x()).isEqualTo(frame.right() - ChartGeometry.LINE_INSET);
		assertThat(effort.path()).startsWith("M").doesNotContain(" M").contains(" L");
		var next = chart.lines().get(1);
		assertThat(next.points()).extracting(ChartGeometry.Point::index).containsExactly(0, 2, 3);
		assertThat(next.path()).matches("M[^ ]+ M[^ ]+ L[^ ]+");
		assertThat(next.points().get(0).marker()).startsWith("M").endsWith("Z");
		assertThat(chart.reference().y()).isEqualTo(ChartGeometry.round((frame.top() + frame.bottom()) / 2));
	}

	@Test
	void directLabelsSitByTheLastPointButNeverOverlap() {
		LineChart chart = ChartGeometry.lines(2,
				List.of(new Series(List.of(5, 5), Marker.CIRCLE), new Series(List.of(5, 5), Marker.SQUARE),
						new Series(Arrays.asList(1, null), Marker.TRIANGLE)),
				10, 2, 5L);

		List<Double> ys = new ArrayList<>();
		chart.lines().forEach(line -> ys.add(line.labelY()));
		ys.add(chart.reference().labelY());
		List<Double> sorted = ys.stream().sorted().toList();
		for (int i = 1; i < sorted.size(); i++) {
			assertThat(sorted.get(i) - sorted.get(i - 1)).isGreaterThanOrEqualTo(ChartGeometry.LABEL_GAP - 0.1);
		}
		assertThat(sorted).allMatch(y -> y >= chart.frame().top() && y <= chart.frame().bottom() + 4);
		assertThat(chart.lines().get(2).labelY()).as("the last point of a line with a gap at the end")
			.isCloseTo(chart.lines().get(2).points().get(0).y() + 4, org.assertj.core.data.Offset.offset(0.11));
	}

	@Test
	void aLineWithNoValuesHasNoLabelAndOnePointSitsInTheMiddle() {
		LineChart chart = ChartGeometry.lines(1, List.of(new Series(List.of(3), Marker.CIRCLE),
				new Series(Arrays.asList((Integer) null), Marker.SQUARE)), 10, 2, null);

		assertThat(chart.lines().get(0).points().get(0).x()).isEqualTo(chart.frame().centre());
		assertThat(chart.lines().get(1).isEmpty()).isTrue();
		assertThat(chart.lines().get(1).labelY()).isNull();
		assertThat(chart.reference()).isNull();
	}

	@Test
	void categoryAxesLabelAtMostSevenTicksAndAlwaysTheLast() {
		List<Double> xs = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			xs.add((double) i);
		}
		List<Tick> ticks = ChartGeometry.xTicks(xs);

		assertThat(ticks).hasSizeLessThanOrEqualTo(ChartGeometry.MAX_X_LABELS);
		assertThat(ticks.get(ticks.size() - 1).value()).isEqualTo(29);
		assertThat(ChartGeometry.xTicks(List.of(1.0, 2.0, 3.0))).hasSize(3);
	}

	private static double band(BarChart chart) {
		return (chart.frame().right() - chart.frame().left()) / chart.bars().size();
	}

	private static String n(double value) {
		double rounded = ChartGeometry.round(value);
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
	}

}
