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
