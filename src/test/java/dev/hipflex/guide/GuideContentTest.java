package dev.hipflex.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seeded content keeps the product's promise: every claim has a source and an evidence level. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class GuideContentTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyClaimCitesAtLeastOneSource() {
		assertThat(jdbc.queryForList(
				"select slug from claim c where not exists (select 1 from claim_source cs where cs.claim_id = c.id)",
				String.class))
			.isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from claim", Integer.class)).isGreaterThan(20);
	}

	@Test
	void everyClaimHasAKnownEvidenceLevel() {
		for (String level : jdbc.queryForList("select distinct evidence_level from claim", String.class)) {
			assertThat(EvidenceLevel.valueOf(level)).isNotNull();
		}
	}

	@Test
	void theReferencesAddedForIssue15RecordTheirDesignPopulationAndHowTheySupportWhatCitesThem() {
		assertThat(jdbc.queryForList("""
				select slug || ' ' || design from source
				where slug in ('scott-2020', 'nielsen-2014', 'buist-2008', 'lee-healy-strain-grades')
				and population is not null order by slug""", String.class))
			.containsExactly("buist-2008 RANDOMISED_TRIAL", "lee-healy-strain-grades NARRATIVE_REVIEW",
					"nielsen-2014 COHORT", "scott-2020 EXPERT_CONSENSUS");
		assertThat(jdbc.queryForList("""
				select c.slug || ' ' || s.slug || ' ' || cs.stance || ' ' || cs.directness
				from claim_source cs join claim c on c.id = cs.claim_id join source s on s.id = cs.source_id
				where s.slug in ('scott-2020', 'nielsen-2014', 'buist-2008') order by 1""", String.class))
			.containsExactly("load-progression buist-2008 SUPPORTS DIRECT", "load-progression nielsen-2014 SUPPORTS DIRECT",
					"tendinopathy-not-tendinitis scott-2020 SUPPORTS DIRECT");
		assertThat(jdbc.queryForList("""
				select s.slug || ' ' || cis.stance from checklist_item_source cis
				join checklist_item i on i.id = cis.item_id join source s on s.id = cis.source_id
				where i.slug = 'gradual-load' order by 1""", String.class))
			.contains("buist-2008 CONTRADICTS", "nielsen-2014 SUPPORTS").noneMatch(row -> row.startsWith("esculier"));
	}

	@Test
	void noReferenceIsAnUncheckableSummaryOrLacksItsYear() {
		assertThat(jdbc.queryForList("select slug from source where reference like '%medicalalgorithms%'"
				+ " or reference like '%web pages%' or slug = 'clinic-return-times'", String.class))
			.isEmpty();
		assertThat(jdbc.queryForList("select reference from source where slug in ('garry-2019', 'flinn-medscape')"
				+ " and url like 'https://emedicine.medscape.com/article/%' order by slug", String.class))
			.hasSize(2)
			.allSatisfy(reference -> assertThat(reference).containsPattern("^\\p{L}+ [A-Z]{2}\\. .+ 20\\d\\d\\.$"));
	}

	@Test
	void everyMuscleCitesItsAnatomySource() {
		assertThat(jdbc.queryForList(
				"select slug from muscle m where not exists (select 1 from muscle_source ms where ms.muscle_id = m.id)",
				String.class))
			.isEmpty();
	}

	@Test
	void everySectionBlockIsOneTheGuideKnows() {
		for (String block : jdbc.queryForList("select block from guide_section where block is not null",
				String.class)) {
			assertThat(GuideSection.Block.valueOf(block)).isNotNull();
		}
	}

	@Test
	void theBlogsOverstatementsAreAnsweredWherePopularClaimsAreShown() {
		assertThat(jdbc.queryForObject("select count(*) from claim where popular_claim is not null", Integer.class))
			.isGreaterThanOrEqualTo(6);
	}

}
