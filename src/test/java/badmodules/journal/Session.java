package badmodules.journal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "training_session")
public class Session {

	@Id
	Long id;

}
