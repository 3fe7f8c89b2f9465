package dev.hipflex.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MuscleRepository extends Repository<Muscle, Long> {

	@Query("select m from Muscle m left join fetch m.partOf left join fetch m.sources where m.slug = :slug")
	Optional<Muscle> findBySlug(String slug);

	@Query("select m from Muscle m left join fetch m.partOf order by m.position")
	List<Muscle> findAllByOrderByPosition();

	@Query("select distinct m from Muscle m left join fetch m.sources order by m.position")
	List<Muscle> findAllWithSources();

}
