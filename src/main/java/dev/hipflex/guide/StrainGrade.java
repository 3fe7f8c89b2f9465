package dev.hipflex.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One grade (I to III) of a hip flexor strain. It has no return-to-running time: no checkable source gives one
 * for each grade (docs/content.md).
 */
@Entity
@Table(name = "strain_grade")
public class StrainGrade {

	@Id
	private Long id;

	private int grade;

	private String damage;

	private String functionLoss;

	private String signs;

	protected StrainGrade() {
	}

	public Long getId() {
		return id;
	}

	public int getGrade() {
		return grade;
	}

	public String getDamage() {
		return damage;
	}

	public String getFunctionLoss() {
		return functionLoss;
	}

	public String getSigns() {
		return signs;
	}

}
