package badmodules.checklist;

import badmodules.journal.Session;

import org.springframework.data.repository.Repository;

/** A repository of the journal's entity, kept by the checklist. */
interface SessionRepository extends Repository<Session, Long> {

}
