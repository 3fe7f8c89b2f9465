package dev.hipflex.progress;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import dev.hipflex.progress.ChartGeometry.Bar;
import dev.hipflex.progress.ChartGeometry.BarChart;
import dev.hipflex.progress.ChartGeometry.Frame;
import dev.hipflex.progress.ChartGeometry.Line;
import dev.hipflex.progress.ChartGeometry.LineChart;
import dev.hipflex.progress.ChartGeometry.Point;
import dev.hipflex.progress.ChartGeometry.Tick;

/**
 * Writes a chart's SVG from its {@link ChartGeometry}: the shapes, and the words the template passes in (already
 * resolved from the messages), escaped. The fragments of {@code progress/charts.html} call it as {@code #charts}
 * ({@link ChartDialect}): a chart is a few hundred elements of arithmetic, which Thymeleaf would evaluate one
 * expression at a time on every request (docs/performance.md, "Fourth pass"). Styled only through classes
 * (progress.css); series differ by dashes, markers and direct labels, never by colour alone, so the charts print in
 * black and white.
 */
@Component
public class ChartMarkup {

	private static final String DAY_MONTH = "d MMM";

	/**
	 * Bars per week ({@code mondays}: the weeks' Mondays, one per bar); the last week may still be going on
	 * ({@code partialNote} under its bar). {@code targetLabel} names the target line, if the chart has one.
	 */
	public String bars(BarChart chart, String id, String title, String desc, String yTitle, String xTitle,
			List<LocalDate> mondays, String targetLabel, String partialNote, Locale locale) {
		Frame frame = chart.frame();
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		StringBuilder svg = open(frame, id);
		head(svg, frame, chart.yTicks(), id, title, desc, yTitle, numbers);
		svg.append("<g class=\"chart__bars\">");
		for (Bar bar : chart.bars()) {
			svg.append("<rect class=\"chart__bar").append(bar.partial() ? " chart__bar--partial" : "").append('"');
			attribute(svg, "x", bar.x());
			attribute(svg, "y", bar.y());
			attribute(svg, "width", bar.width());
			attribute(svg, "height", bar.height());
			svg.append("/>");
		}
		svg.append("</g>\n<g class=\"chart__values\">");
		for (Bar bar : chart.bars()) {
			text(svg, null, bar.centre(), bar.labelY(), numbers.format(bar.value()));
		}
		svg.append("</g>\n");
		if (chart.hasTarget()) {
			svg.append("<path class=\"chart__target\" d=\"").append(escape(chart.target().path())).append("\"/>");
			text(svg, "chart__label chart__label--target", frame.labelX(), chart.target().labelY(), targetLabel);
			svg.append('\n');
		}
		axes(svg, frame, xTitle);
		xTicks(svg, frame, chart.xTicks(), mondays, locale);
		for (Bar bar : chart.bars()) {
			if (bar.partial()) {
				text(svg, "chart__note", bar.centre(), frame.xNoteY(), partialNote);
			}
		}
		return svg.append("</g>\n</svg>").toString();
	}

	/**
	 * Lines per session ({@code dates}: one per category) on a fixed scale, a reference line, and direct labels
	 * ({@code labels}: one per line, in the order of {@code chart.lines()}).
	 */
	public String lines(LineChart chart, String id, String title, String desc, String yTitle, String xTitle,
			List<LocalDate> dates, List<String> labels, String referenceLabel, Locale locale) {
		Frame frame = chart.frame();
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		StringBuilder svg = open(frame, id);
		head(svg, frame, chart.yTicks(), id, title, desc, yTitle, numbers);
		if (chart.reference() != null) {
			line(svg, " class=\"chart__reference\"", frame.left(), frame.right(), chart.reference().y(),
					chart.reference().y());
			text(svg, "chart__label chart__label--reference", frame.labelX(), chart.reference().labelY(),
					referenceLabel);
			svg.append('\n');
		}
		for (int i = 0; i < chart.lines().size(); i++) {
			Line line = chart.lines().get(i);
			if (line.isEmpty()) {
				continue;
			}
			svg.append("<g class=\"chart__series chart__series--").append(i + 1).append("\">");
			svg.append("<path class=\"chart__line\" d=\"").append(escape(line.path())).append("\"/>");
			for (Point point : line.points()) {
				svg.append("<path class=\"chart__marker\" d=\"").append(escape(point.marker())).append("\"/>");
			}
			text(svg, "chart__label", frame.labelX(), line.labelY(), labels.get(i));
			svg.append("</g>\n");
		}
		axes(svg, frame, xTitle);
		xTicks(svg, frame, chart.xTicks(), dates, locale);
		return svg.append("</g>\n</svg>").toString();
	}

	/** The svg element: the accessible name and description are its title and desc, named by aria-labelledby. */
	private static StringBuilder open(Frame frame, String id) {
		String safeId = escape(id);
		return new StringBuilder(8192).append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" id=\"")
			.append(safeId)
			.append("\" viewBox=\"")
			.append(frame.viewBox())
			.append("\" aria-labelledby=\"")
			.append(safeId)
			.append("-title ")
			.append(safeId)
			.append("-desc\">\n");
	}

	/** What every chart starts with: title, description, grid lines, the y axis's ticks and its title. */
	private static void head(StringBuilder svg, Frame frame, List<Tick> yTicks, String id, String title,
			String desc, String yTitle, NumberFormat numbers) {
		svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>\n");
		svg.append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(desc)).append("</desc>\n");
		svg.append("<g class=\"chart__grid\">");
		for (Tick tick : yTicks) {
			line(svg, "", frame.left(), frame.right(), tick.position(), tick.position());
		}
		svg.append("</g>\n<g class=\"chart__ticks chart__ticks--y\">");
		for (Tick tick : yTicks) {
			text(svg, null, frame.left() - 8, tick.position() + 4, numbers.format(tick.value()));
		}
		svg.append("</g>\n");
		text(svg, "chart__axis-title", frame.left(), frame.yTitleY(), yTitle);
		svg.append('\n');
	}

	/** The axes, drawn over the data, and the x axis's title under its labels. */
	private static void axes(StringBuilder svg, Frame frame, String xTitle) {
		line(svg, " class=\"chart__axis\"", frame.left(), frame.right(), frame.bottom(), frame.bottom());
		line(svg, " class=\"chart__axis\"", frame.left(), frame.left(), frame.top(), frame.bottom());
		svg.append('\n');
		text(svg, "chart__axis-title chart__axis-title--x", frame.centre(), frame.xTitleY(), xTitle);
		svg.append('\n');
	}

	/** The x axis's labels: the date of each tick's category, in the page's language. */
	private static void xTicks(StringBuilder svg, Frame frame, List<Tick> ticks, List<LocalDate> dates,
			Locale locale) {
		DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern(DAY_MONTH, locale);
		svg.append("<g class=\"chart__ticks chart__ticks--x\">");
		for (Tick tick : ticks) {
			text(svg, null, tick.position(), frame.xLabelY(), dayMonth.format(dates.get((int) tick.value())));
		}
	}

	/** A line element; {@code classAttribute} is empty or the class attribute with its leading space. */
	private static void line(StringBuilder svg, String classAttribute, double x1, double x2, double y1, double y2) {
		svg.append("<line").append(classAttribute);
		attribute(svg, "x1", x1);
		attribute(svg, "x2", x2);
		attribute(svg, "y1", y1);
		attribute(svg, "y2", y2);
		svg.append("/>");
	}

	private static void text(StringBuilder svg, String cssClass, double x, double y, String words) {
		svg.append("<text");
		if (cssClass != null) {
			svg.append(" class=\"").append(cssClass).append('"');
		}
		attribute(svg, "x", x);
		attribute(svg, "y", y);
		svg.append('>').append(escape(words)).append("</text>");
	}

	private static void attribute(StringBuilder svg, String name, double value) {
		svg.append(' ').append(name).append("=\"").append(value).append('"');
	}

	private static String escape(String text) {
		// Only what HTML needs escaped (<, >, &, quotes); every other character is written as it is, in UTF-8.
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
