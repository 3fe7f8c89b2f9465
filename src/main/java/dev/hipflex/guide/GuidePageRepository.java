package dev.hipflex.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface GuidePageRepository extends Repository<GuidePage, Long> {

	@Query("select distinct p from GuidePage p left join fetch p.sections where p.slug = :slug")
	Optional<GuidePage> findBySlug(String slug);

	/**
	 * The page's sections with the muscles they link to. Run after {@link #findBySlug} in the same transaction, it
	 * fills in the muscles of the sections that query loaded; fetching both in one query would repeat a section
	 * once per muscle in the page's list of sections.
	 */
	@Query("select distinct s from GuideSection s left join fetch s.muscles where s.page.slug = :slug")
	List<GuideSection> findSectionsWithMuscles(String slug);

	@Query("select distinct p from GuidePage p left join fetch p.sections order by p.position")
	List<GuidePage> findAllWithSections();

	List<GuidePage> findAllByOrderByPosition();

}
