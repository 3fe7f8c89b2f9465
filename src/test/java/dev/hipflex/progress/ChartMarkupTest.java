package dev.hipflex.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import dev.hipflex.progress.ChartGeometry.BarChart;
import dev.hipflex.progress.ChartGeometry.LineChart;
import dev.hipflex.progress.ChartGeometry.Marker;
import dev.hipflex.progress.ChartGeometry.Series;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The SVG that {@link ChartMarkup} writes: well formed, every word escaped, numbers and dates in the locale. */
class ChartMarkupTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	private final ChartMarkup markup = new ChartMarkup();

	@Test
	void barsCarryTheirAccessibleNameValuesTargetAndTheWeekStillGoingOn() {
		BarChart chart = ChartGeometry.bars(List.of(1L, 3L, 2L), List.of(2L, 2L, 2L), 2);

		Element svg = parse(markup.bars(chart, "adherence-chart", "Sessions per week", "Bar chart of 3 weeks.",
				"Sessions", "Week starting", weeks(3), "Planned: 2", "in progress", Locale.ENGLISH));

		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.attr("viewBox")).isEqualTo("0 0 720 320");
		assertThat(svg.attr("aria-labelledby")).isEqualTo("adherence-chart-title adherence-chart-desc");
		assertThat(svg.select("title#adherence-chart-title").text()).isEqualTo("Sessions per week");
		assertThat(svg.select("desc#adherence-chart-desc").text()).isEqualTo("Bar chart of 3 weeks.");
		assertThat(svg.select(".chart__bar")).hasSize(3);
		assertThat(svg.select(".chart__bar--partial")).hasSize(1);
		assertThat(svg.select(".chart__bar").get(1).attr("height")).isEqualTo(String.valueOf(chart.bars().get(1).height()));
		assertThat(svg.select(".chart__values text").eachText()).containsExactly("1", "3", "2");
		assertThat(svg.select(".chart__target").attr("d")).isEqualTo(chart.target().path());
		assertThat(svg.select(".chart__label--target").text()).isEqualTo("Planned: 2");
		assertThat(svg.select(".chart__ticks--x text:not(.chart__note)").eachText()).containsExactly("2 Mar", "9 Mar",
				"16 Mar");
		assertThat(svg.select(".chart__note").text()).isEqualTo("in progress");
		assertThat(svg.select(".chart__ticks--y text").eachText()).containsExactly("0", "1", "2", "3");
		assertThat(svg.select(".chart__axis")).hasSize(2);
		assertThat(svg.select(".chart__axis-title").eachText()).containsExactly("Sessions", "Week starting");
	}

	@Test
	void everyWordIsEscapedSoNothingTypedBecomesMarkup() {
		BarChart chart = ChartGeometry.bars(List.of(1L), null, -1);
		String evil = "<script>alert(1)</script> & \"quoted\" 'single'";

		String written = markup.bars(chart, "volume-chart", evil, evil, evil, evil, weeks(1), null, evil,
				Locale.ENGLISH);
		Element svg = parse(written);

		assertThat(written).doesNotContain("<script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;");
		assertThat(svg.select("script")).isEmpty();
		assertThat(svg.select("title").text()).isEqualTo(evil);
		assertThat(svg.select("desc").text()).isEqualTo(evil);
		assertThat(svg.select(".chart__target")).as("no target given, none drawn").isEmpty();
	}

	@Test
	void numbersAndDatesFollowTheLocale() {
		BarChart chart = ChartGeometry.bars(List.of(12_345L), null, -1);

		Element svg = parse(markup.bars(chart, "volume-chart", "t", "d", "y", "x", weeks(1), null, "", Locale.GERMANY));

		assertThat(svg.select(".chart__values text").text()).isEqualTo("12.345");
		assertThat(svg.select(".chart__ticks--x text").text()).isEqualTo("2 März");
	}

	@Test
	void linesHaveTheirMarkersLabelsAndReferenceAndSkipASeriesWithNoValues() {
		List<Series> series = List.of(new Series(List.of(5, 6, 4), Marker.CIRCLE),
				new Series(Arrays.asList(1, null, 2), Marker.SQUARE), new Series(Arrays.asList(null, null, null),
						Marker.TRIANGLE));
		LineChart chart = ChartGeometry.lines(3, series, 10, 2, 5L);

		Element svg = parse(markup.lines(chart, "trends-chart", "Effort and pain", "Line chart.", "Score", "Session",
				weeks(3), List.of("Effort", "Pain during", "Pain next morning"), "Limit 5/10", Locale.ENGLISH));

		assertThat(svg.select(".chart__series")).hasSize(2);
		assertThat(svg.select(".chart__series--1 .chart__marker")).hasSize(3);
		assertThat(svg.select(".chart__series--2 .chart__marker")).hasSize(2);
		assertThat(svg.select(".chart__series--3")).as("no values, no line").isEmpty();
		assertThat(svg.select(".chart__series--1 .chart__line").attr("d")).isEqualTo(chart.lines().get(0).path());
		assertThat(svg.select(".chart__label").eachText()).containsExactly("Limit 5/10", "Effort", "Pain during");
		assertThat(svg.select(".chart__reference").attr("y1")).isEqualTo(String.valueOf(chart.reference().y()));
		assertThat(svg.select(".chart__ticks--y text").eachText()).containsExactly("0", "2", "4", "6", "8", "10");
	}

	private static List<LocalDate> weeks(int count) {
		return MONDAY.datesUntil(MONDAY.plusWeeks(count), java.time.Period.ofWeeks(1)).toList();
	}

	/** Checked as XML first, which fails on markup that is not well formed, then read with Jsoup. */
	private static Element parse(String svg) {
		try {
			DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(new InputSource(new StringReader(svg)));
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed: " + svg, ex);
		}
		Document document = Jsoup.parse(svg, "", Parser.xmlParser());
		assertThat(document.children()).hasSize(1);
		Element root = document.child(0);
		assertThat(root.tagName()).isEqualTo("svg");
		return root;
	}

}
