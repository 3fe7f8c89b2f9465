package dev.hipflex.system;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The schema.org types HipFlex describes its pages with, as typed objects that {@link StructuredData} writes as
 * JSON-LD. Only the properties HipFlex has data for; empty ones are left out. Muscle has no {@code origin}:
 * schema.org dropped it from Muscle, so a muscle's origin is only on its page.
 */
public final class SchemaOrg {

	private SchemaOrg() {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record BreadcrumbList(@JsonProperty("@type") String type, List<ListItem> itemListElement) {

		public BreadcrumbList(List<ListItem> itemListElement) {
			this("BreadcrumbList", itemListElement);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record ListItem(@JsonProperty("@type") String type, int position, String name, String item) {

		public ListItem(int position, String name, String item) {
			this("ListItem", position, name, item);
		}

	}

	/**
	 * A guide or muscle page. {@code lastReviewed} only where a named, qualified reviewer and date are recorded:
	 * none are, so it is always empty for now and {@code dateModified} says when the content changed.
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record MedicalWebPage(@JsonProperty("@type") String type, String name, String description, String url,
			String inLanguage, String dateModified, String lastReviewed, List<Object> about, List<CreativeWork> citation,
			List<Claim> hasPart) {

		public MedicalWebPage(String name, String description, String url, String dateModified, List<Object> about,
				List<CreativeWork> citation, List<Claim> hasPart) {
			this("MedicalWebPage", name, description, url, "en", dateModified, null, about, citation, hasPart);
		}

	}

	/** A health or performance statement the page makes, with the sources it cites. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Claim(@JsonProperty("@type") String type, String text, List<CreativeWork> citation) {

		public Claim(String text, List<CreativeWork> citation) {
			this("Claim", text, citation);
		}

	}

	/** A reference: its full citation as the name, its DOI or address as the url. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record CreativeWork(@JsonProperty("@type") String type, String name, String url) {

		public CreativeWork(String name, String url) {
			this("CreativeWork", name, url);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Muscle(@JsonProperty("@type") String type, String name, String url, String description,
			AnatomicalStructure insertion, Nerve nerve, String muscleAction) {

		public Muscle(String name, String url, String description, AnatomicalStructure insertion, Nerve nerve,
				String muscleAction) {
			this("Muscle", name, url, description, insertion, nerve, muscleAction);
		}

		/** A muscle named by another page, with its address only. */
		public static Muscle named(String name, String url) {
			return new Muscle(name, url, null, null, null, null);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record AnatomicalStructure(@JsonProperty("@type") String type, String name, String url) {

		public AnatomicalStructure(String name, String url) {
			this("AnatomicalStructure", name, url);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Nerve(@JsonProperty("@type") String type, String name) {

		public Nerve(String name) {
			this("Nerve", name);
		}

	}

	/**
	 * An exercise or a routine: how often, how many repetitions or how long each, and, for a routine, its
	 * exercises.
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record ExercisePlan(@JsonProperty("@type") String type, String name, String description, String url,
			String exerciseType, String activityFrequency, QuantitativeValue repetitions,
			QuantitativeValue activityDuration, String dateModified, List<ExercisePlan> hasPart) {

		public ExercisePlan(String name, String description, String url, String exerciseType, String activityFrequency,
				QuantitativeValue repetitions, QuantitativeValue activityDuration, String dateModified,
				List<ExercisePlan> hasPart) {
			this("ExercisePlan", name, description, url, exerciseType, activityFrequency, repetitions, activityDuration,
					dateModified, hasPart);
		}

	}

	/** A range ({@code unitCode} SEC for seconds, as UN/CEFACT codes it; none for a count). */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record QuantitativeValue(@JsonProperty("@type") String type, Integer minValue, Integer maxValue,
			String unitCode) {

		public QuantitativeValue(int minValue, int maxValue, String unitCode) {
			this("QuantitativeValue", minValue, maxValue, unitCode);
		}

	}

}
