package dev.hipflex.guide;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ClaimRepository extends Repository<Claim, Long> {

	@Query("""
			select distinct c from Claim c left join fetch c.sources l left join fetch l.source
			where c.section.page.slug = :pageSlug order by c.position""")
	List<Claim> findByPage(String pageSlug);

	@Query("""
			select distinct c from Claim c left join fetch c.sources l left join fetch l.source
			where c.muscle.slug = :muscleSlug order by c.position""")
	List<Claim> findByMuscle(String muscleSlug);

	/** Every claim with its sources and where it is shown, for the sources page and the search. */
	@Query("""
			select distinct c from Claim c left join fetch c.sources l left join fetch l.source
			left join fetch c.section s left join fetch s.page left join fetch c.muscle order by c.id""")
	List<Claim> findAllWithSourcesAndPlace();

}
