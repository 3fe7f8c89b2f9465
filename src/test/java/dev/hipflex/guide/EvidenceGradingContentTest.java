package dev.hipflex.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hipflex.guide.EvidenceGrading.Link;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The grading rule over the migrated content (H2 in the build, PostgreSQL in CI): every claim, checklist item,
 * exercise dose and routine is graded no higher than its best directly supporting source allows, and every source
 * has a design and a population. The rule itself is {@link EvidenceGrading}.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class EvidenceGradingContentTest {

	/** A kind of graded thing: its table, its level column and the table linking it to its sources. */
	record Graded(String kind, String table, String level, String links, String key, String where) {

		String query() {
			return "select g.slug, g." + level + ", l.stance, l.directness, s.design from " + table + " g left join "
					+ links + " l on l." + key + " = g.id left join source s on s.id = l.source_id" + where
					+ " order by g.slug";
		}

	}

	static final List<Graded> GRADED = List.of(new Graded("claim", "claim", "evidence_level", "claim_source", "claim_id", ""),
			new Graded("checklist item", "checklist_item", "evidence_level", "checklist_item_source", "item_id", ""),
			new Graded("exercise dose", "exercise", "dose_evidence_level", "exercise_source", "exercise_id", ""),
			// Runners' own routines show no evidence of their own; HipFlex's templates do.
			new Graded("routine", "routine", "evidence_level", "routine_source", "routine_id", " where g.owner_id is null"));

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everythingGradedIsGradedNoHigherThanItsBestDirectlySupportingSource() {
		assertThat(gradingProblems()).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from claim", Integer.class)).isGreaterThan(20);
	}

	@Test
	void everySourceHasADesignAndThePopulationItStudied() {
		assertThat(sourceProblems()).isEmpty();
		for (String design : jdbc.queryForList("select distinct design from source", String.class)) {
			assertThat(SourceDesign.valueOf(design)).isNotNull();
		}
	}

	@Test
	void theCheckReportsWhatIsPlantedInTheContent() {
		Long muscle = jdbc.queryForObject("select id from muscle where slug = 'iliopsoas'", Long.class);
		source("planted-trial", "'RANDOMISED_TRIAL'");
		source("planted-undesigned", "null");
		claim("planted-over-graded", muscle, "REVIEW", "planted-trial", "SUPPORTS", "DIRECT");
		claim("planted-indirect", muscle, "RANDOMISED_TRIAL", "planted-trial", "SUPPORTS", "INDIRECT");
		claim("planted-contradicted", muscle, "EXPERT_OPINION", "planted-trial", "CONTRADICTS", "DIRECT");
		claim("planted-on-an-undesigned-source", muscle, "EXPERT_OPINION", "planted-undesigned", "SUPPORTS", "DIRECT");
		claim("planted-unsourced", muscle, "EXPERT_OPINION", null, null, null);
		claim("planted-fine", muscle, "EXTRAPOLATED", "planted-trial", "SUPPORTS", "INDIRECT");
		jdbc.update("update checklist_item set evidence_level = 'REVIEW' where slug = 'gradual-load'");
		jdbc.update("update exercise set dose_evidence_level = 'RANDOMISED_TRIAL' where slug = 'glute-bridge'");
		jdbc.update("update routine set evidence_level = 'REVIEW' where slug = 'hip-strength-a'");

		List<String> problems = gradingProblems();

		assertThat(problems).contains(
				"claim planted-over-graded: graded REVIEW, but its best supporting source allows at most RANDOMISED_TRIAL",
				"claim planted-indirect: graded RANDOMISED_TRIAL, but its best supporting source allows at most EXTRAPOLATED",
				"claim planted-unsourced: cites no source",
				// its best direct support is Nielsen 2014, a cohort
				"checklist item gradual-load: graded REVIEW, but its best supporting source allows at most CONTROLLED_STUDY",
				"exercise dose glute-bridge: graded RANDOMISED_TRIAL, but its best supporting source allows at most EXPERT_OPINION",
				"routine hip-strength-a: graded REVIEW, but its best supporting source allows at most EXPERT_OPINION");
		assertThat(problems).anyMatch(problem -> problem.startsWith("claim planted-contradicted: no source supports it"))
			.anyMatch(problem -> problem.startsWith("claim planted-on-an-undesigned-source: no source supports it"))
			.noneMatch(problem -> problem.startsWith("claim planted-fine"));
		assertThat(sourceProblems()).containsExactly("source planted-undesigned has no design");
	}

	/** Each graded thing the rule flags, as "kind slug: problem". */
	List<String> gradingProblems() {
		List<String> problems = new ArrayList<>();
		for (Graded graded : GRADED) {
			Map<String, EvidenceLevel> levels = new LinkedHashMap<>();
			Map<String, List<Link>> links = new LinkedHashMap<>();
			jdbc.query(graded.query(), row -> {
				String slug = row.getString(1);
				levels.put(slug, row.getString(2) == null ? null : EvidenceLevel.valueOf(row.getString(2)));
				List<Link> cited = links.computeIfAbsent(slug, key -> new ArrayList<>());
				if (row.getString(3) != null) {
					cited.add(new Link(row.getString(5) == null ? null : SourceDesign.valueOf(row.getString(5)),
							Stance.valueOf(row.getString(3)), Directness.valueOf(row.getString(4))));
				}
			});
			levels.forEach((slug, level) -> EvidenceGrading.problem(level, links.get(slug))
				.ifPresent(problem -> problems.add(graded.kind() + " " + slug + ": " + problem)));
		}
		return problems;
	}

	List<String> sourceProblems() {
		List<String> problems = new ArrayList<>();
		jdbc.query("select slug, design, population from source order by position", row -> {
			if (row.getString(2) == null) {
				problems.add("source " + row.getString(1) + " has no design");
			}
			else if (row.getString(3) == null || row.getString(3).isBlank()) {
				problems.add("source " + row.getString(1) + " has no population");
			}
		});
		return problems;
	}

	private void source(String slug, String design) {
		jdbc.update("insert into source (slug, short_name, reference, study_design, design, population, position) "
				+ "values (?, ?, ?, ?, " + design + ", ?, 1000)", slug, slug, slug, slug, "planted by a test");
	}

	private void claim(String slug, Long muscle, String level, String source, String stance, String directness) {
		jdbc.update("insert into claim (slug, muscle_id, statement, finding, evidence_level, position) "
				+ "values (?, ?, ?, ?, ?, 1000)", slug, muscle, slug, slug, level);
		if (source != null) {
			jdbc.update("insert into claim_source (claim_id, source_id, stance, directness) values "
					+ "((select id from claim where slug = ?), (select id from source where slug = ?), ?, ?)", slug,
					source, stance, directness);
		}
	}

}
