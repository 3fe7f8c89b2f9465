package dev.hipflex.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface GuidePageRepository extends Repository<GuidePage, Long> {

	@Query("select distinct p from GuidePage p left join fetch p.sections where p.slug = :slug")
	Optional<GuidePage> findBySlug(String slug);

	@Query("select distinct p from GuidePage p left join fetch p.sections order by p.position")
	List<GuidePage> findAllWithSections();

	List<GuidePage> findAllByOrderByPosition();

}
