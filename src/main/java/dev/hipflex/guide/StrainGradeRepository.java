package dev.hipflex.guide;

import java.util.List;

import org.springframework.data.repository.Repository;

interface StrainGradeRepository extends Repository<StrainGrade, Long> {

	List<StrainGrade> findAllByOrderByGrade();

}
