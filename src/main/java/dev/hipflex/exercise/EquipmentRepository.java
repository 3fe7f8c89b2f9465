package dev.hipflex.exercise;

import java.util.List;

import org.springframework.data.repository.Repository;

interface EquipmentRepository extends Repository<Equipment, Long> {

	List<Equipment> findAllByOrderByPosition();

}
