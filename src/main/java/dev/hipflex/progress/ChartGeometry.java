package dev.hipflex.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns series of whole numbers into SVG geometry: the drawing's frame, a scale with round ticks, bars,
 * points, lines and where their direct labels go. It knows no words: templates draw the shapes and put the
 * text from the messages next to them, so the charts are drawn on the server with no JavaScript.
 */
public final class ChartGeometry {

	/** The drawing's size in SVG user units; the SVG scales to its container through its viewBox. */
	public static final int WIDTH = 720;

	public static final int HEIGHT = 320;

	static final double LEFT = 56;

	static final double TOP = 40;

	static final double BOTTOM_SPACE = 64;

	/** Room right of the plot for direct labels. */
	static final double RIGHT_SPACE_BARS = 112;

	static final double RIGHT_SPACE_LINES = 176;

	static final int MAX_STEPS = 5;

	static final int MAX_X_LABELS = 7;

	/** The least vertical distance between two direct labels, so they do not overlap. */
	static final double LABEL_GAP = 16;

	/** Points sit this far in from the plot's sides, so the first and last markers are not cut. */
	static final double LINE_INSET = 12;

	private ChartGeometry() {
	}

	/** The drawing and, inside it, the plot area between the axes. */
	public record Frame(int width, int height, double left, double top, double right, double bottom) {

		public String viewBox() {
			return "0 0 " + width + " " + height;
		}

		/** Where the labels under the x axis go (their baseline). */
		public double xLabelY() {
			return bottom + 18;
		}

		/** A second line of x labels, for notes such as "in progress". */
		public double xNoteY() {
			return bottom + 34;
		}

		public double xTitleY() {
			return bottom + 54;
		}

		public double yTitleY() {
			return top - 20;
		}

		public double centre() {
			return round((left + right) / 2);
		}

		/** Where direct labels right of the plot start. */
		public double labelX() {
			return right + 8;
		}

	}

	/** A tick on an axis: the value (or, on a category axis, the category's index) and its position. */
	public record Tick(long value, double position) {
	}

	/** A bar; {@code partial} for a period still going on (drawn dashed). */
	public record Bar(int index, long value, double x, double y, double width, double height, boolean partial) {

		public double centre() {
			return round(x + width / 2);
		}

		/** Where the value is written, just above the bar. */
		public double labelY() {
			return round(y - 6);
		}

	}

	/** A target per category (drawn as a dashed step line) and where its direct label goes. */
	public record Target(String path, double labelY) {
	}

	public record BarChart(Frame frame, List<Tick> yTicks, List<Tick> xTicks, List<Bar> bars, Target target) {

		public boolean hasTarget() {
			return target != null;
		}

	}

	/** How a series' points are marked, so lines differ by shape and dashes, not by colour alone. */
	public enum Marker {

		CIRCLE, SQUARE, TRIANGLE;

		static final double SIZE = 4;

		String path(double x, double y) {
			double s = SIZE;
			return switch (this) {
				case CIRCLE -> "M" + n(x - s) + "," + n(y) + " a" + n(s) + "," + n(s) + " 0 1,0 " + n(2 * s) + ",0 a"
						+ n(s) + "," + n(s) + " 0 1,0 " + n(-2 * s) + ",0 Z";
				case SQUARE -> "M" + n(x - s) + "," + n(y - s) + " h" + n(2 * s) + " v" + n(2 * s) + " h" + n(-2 * s)
						+ " Z";
				case TRIANGLE -> "M" + n(x) + "," + n(y - s - 1) + " L" + n(x + s + 1) + "," + n(y + s) + " L"
						+ n(x - s - 1) + "," + n(y + s) + " Z";
			};
		}

	}

	/** The values of one line, one per category; {@code null} where there is no value (a gap). */
	public record Series(List<Integer> values, Marker marker) {
	}

	public record Point(int index, long value, double x, double y, String marker) {
	}

	/** A line: its path, its marked points, and where its direct label goes ({@code labelY} null: no points). */
	public record Line(String path, List<Point> points, Double labelY) {

		public boolean isEmpty() {
			return points.isEmpty();
		}

	}

	/** A horizontal reference line across the plot at {@code value}, with its label right of the plot. */
	public record Reference(long value, double y, double labelY) {
	}

	public record LineChart(Frame frame, List<Tick> yTicks, List<Tick> xTicks, List<Line> lines,
			Reference reference) {
	}

	/**
	 * Bars for the values, on a scale from zero that fits the values and the targets. Targets (one per value,
	 * or none) are drawn as a short dashed line across each bar's place; {@code partialIndex} marks a bar
	 * whose period is not over (-1 for none).
	 */
	public static BarChart bars(List<Long> values, List<Long> targets, int partialIndex) {
		if (targets != null && targets.size() != values.size()) {
			throw new IllegalArgumentException("one target per value");
		}
		Frame frame = frame(RIGHT_SPACE_BARS);
		long highest = values.stream().mapToLong(Long::longValue).max().orElse(0);
		if (targets != null) {
			highest = Math.max(highest, targets.stream().mapToLong(Long::longValue).max().orElse(0));
		}
		long step = niceStep(highest);
		long max = Math.max(step, ceilTo(highest, step));
		double band = (frame.right() - frame.left()) / Math.max(1, values.size());
		double barWidth = band * 0.6;
		List<Bar> bars = new ArrayList<>();
		List<Tick> xTicks = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			long value = values.get(i);
			double x = frame.left() + i * band + (band - barWidth) / 2;
			double y = y(frame, value, max);
			bars.add(new Bar(i, value, round(x), round(y), round(barWidth), round(frame.bottom() - y),
					i == partialIndex));
			xTicks.add(new Tick(i, round(frame.left() + i * band + band / 2)));
		}
		Target target = null;
		if (targets != null && !targets.isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (int i = 0; i < targets.size(); i++) {
				double y = round(y(frame, targets.get(i), max));
				path.append(i == 0 ? "" : " ")
					.append("M")
					.append(n(frame.left() + i * band + 2))
					.append(",")
					.append(n(y))
					.append(" H")
					.append(n(frame.left() + (i + 1) * band - 2));
			}
			target = new Target(path.toString(), round(y(frame, targets.get(targets.size() - 1), max) + 4));
		}
		return new BarChart(frame, yTicks(frame, max, step), xTicks, bars, target);
	}

	/**
	 * Lines for the series over {@code count} categories, on a fixed scale from zero to {@code max} with a tick
	 * every {@code step}, and an optional reference line. Direct labels go right of the plot, level with each
	 * line's last point, moved apart where they would overlap.
	 */
	public static LineChart lines(int count, List<Series> series, long max, long step, Long reference) {
		Frame frame = frame(RIGHT_SPACE_LINES);
		double span = frame.right() - frame.left() - 2 * LINE_INSET;
		List<Double> xs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			xs.add(round(count == 1 ? frame.centre() : frame.left() + LINE_INSET + span * i / (count - 1)));
		}
		List<double[]> wanted = new ArrayList<>();
		List<List<Point>> pointsPerLine = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		for (int s = 0; s < series.size(); s++) {
			Series line = series.get(s);
			if (line.values().size() != count) {
				throw new IllegalArgumentException("one value per category");
			}
			List<Point> points = new ArrayList<>();
			StringBuilder path = new StringBuilder();
			boolean drawing = false;
			for (int i = 0; i < count; i++) {
				Integer value = line.values().get(i);
				if (value == null) {
					drawing = false;
					continue;
				}
				double x = xs.get(i);
				double y = round(y(frame, value, max));
				path.append(path.isEmpty() ? "" : " ").append(drawing ? "L" : "M").append(n(x)).append(",").append(n(y));
				drawing = true;
				points.add(new Point(i, value, x, y, line.marker().path(x, y)));
			}
			pointsPerLine.add(points);
			paths.add(path.toString());
			if (!points.isEmpty()) {
				wanted.add(new double[] { s, points.get(points.size() - 1).y() });
			}
		}
		double referenceY = reference == null ? 0 : round(y(frame, reference, max));
		if (reference != null) {
			wanted.add(new double[] { -1, referenceY });
		}
		double[] labelYs = spread(frame, wanted, series.size());
		List<Line> lines = new ArrayList<>();
		for (int s = 0; s < series.size(); s++) {
			lines.add(new Line(paths.get(s), pointsPerLine.get(s),
					pointsPerLine.get(s).isEmpty() ? null : labelYs[s]));
		}
		Reference line = reference == null ? null : new Reference(reference, referenceY, labelYs[series.size()]);
		return new LineChart(frame, yTicks(frame, max, step), xTicks(xs), lines, line);
	}

	/** The ticks to label on a category axis: at most {@link #MAX_X_LABELS}, always including the last. */
	static List<Tick> xTicks(List<Double> xs) {
		int every = (int) Math.ceil(xs.size() / (double) MAX_X_LABELS);
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i < xs.size(); i++) {
			if ((xs.size() - 1 - i) % every == 0) {
				ticks.add(new Tick(i, xs.get(i)));
			}
		}
		return ticks;
	}

	/**
	 * Moves labels (wanted: owner, y) apart so they are at least {@link #LABEL_GAP} apart and inside the drawing;
	 * the result has one y per series and, last, the reference's, indexed by owner (-1 is the reference).
	 */
	static double[] spread(Frame frame, List<double[]> wanted, int seriesCount) {
		List<double[]> labels = new ArrayList<>();
		for (double[] label : wanted) {
			labels.add(new double[] { label[0], label[1] + 4 });
		}
		labels.sort(Comparator.comparingDouble(label -> label[1]));
		double low = frame.top() + 4;
		double high = frame.bottom() + 4;
		for (int i = 0; i < labels.size(); i++) {
			double floor = i == 0 ? low : labels.get(i - 1)[1] + LABEL_GAP;
			labels.get(i)[1] = Math.max(labels.get(i)[1], floor);
		}
		for (int i = labels.size() - 1; i >= 0; i--) {
			double ceiling = i == labels.size() - 1 ? high : labels.get(i + 1)[1] - LABEL_GAP;
			labels.get(i)[1] = Math.min(labels.get(i)[1], ceiling);
		}
		double[] ys = new double[seriesCount + 1];
		for (double[] label : labels) {
			int owner = (int) label[0];
			ys[owner < 0 ? seriesCount : owner] = round(label[1]);
		}
		return ys;
	}

	/** The step between ticks: 1, 2 or 5 times a power of ten, so that the scale has at most five steps. */
	static long niceStep(long highest) {
		long power = 1;
		while (true) {
			for (long factor : new long[] { 1, 2, 5 }) {
				long step = factor * power;
				if (ceilTo(highest, step) / step <= MAX_STEPS) {
					return step;
				}
			}
			power *= 10;
		}
	}

	private static long ceilTo(long value, long step) {
		return (value + step - 1) / step * step;
	}

	private static List<Tick> yTicks(Frame frame, long max, long step) {
		List<Tick> ticks = new ArrayList<>();
		for (long value = 0; value <= max; value += step) {
			ticks.add(new Tick(value, round(y(frame, value, max))));
		}
		return ticks;
	}

	private static Frame frame(double rightSpace) {
		return new Frame(WIDTH, HEIGHT, LEFT, TOP, WIDTH - rightSpace, HEIGHT - BOTTOM_SPACE);
	}

	private static double y(Frame frame, long value, long max) {
		return frame.bottom() - (frame.bottom() - frame.top()) * value / (double) max;
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** A coordinate as SVG wants it: no trailing ".0", one decimal at most. */
	private static String n(double value) {
		double rounded = round(value);
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
	}

}
