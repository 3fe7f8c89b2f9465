package dev.hipflex.guide;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RedFlagRepository extends Repository<RedFlag, Long> {

	@Query("select r from RedFlag r join fetch r.source order by r.position")
	List<RedFlag> findAllWithSource();

}
