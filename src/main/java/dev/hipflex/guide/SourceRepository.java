package dev.hipflex.guide;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SourceRepository extends Repository<Source, Long> {

	List<Source> findAllByOrderByPosition();

}
