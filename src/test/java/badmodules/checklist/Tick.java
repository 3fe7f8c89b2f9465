package badmodules.checklist;

import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** Its own table, and a collection mapped onto the journal's. */
@Entity
@Table(name = "checklist_tick")
public class Tick {

	@Id
	Long id;

	@ElementCollection
	@CollectionTable(name = "session_set", joinColumns = @JoinColumn(name = "session_id"))
	List<Integer> reps;

}
