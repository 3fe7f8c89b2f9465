package dev.hipflex.exercise;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something an exercise needs: a band, a chair, a mat... ("none" for nothing). */
@Entity
@Table(name = "equipment")
public class Equipment {

	@Id
	private Long id;

	private String slug;

	private String name;

	private int position;

	protected Equipment() {
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public int getPosition() {
		return position;
	}

}
