package dev.hipflex.checklist;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ChecklistRepository extends Repository<ChecklistGroup, Long> {

	@Query("select distinct g from ChecklistGroup g left join fetch g.items order by g.position")
	List<ChecklistGroup> findAllWithItems();

}
