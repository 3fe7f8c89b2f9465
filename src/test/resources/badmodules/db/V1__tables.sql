CREATE TABLE training_session (id BIGINT PRIMARY KEY);
CREATE TABLE session_set (session_id BIGINT, reps INT);
CREATE TABLE checklist_tick (id BIGINT PRIMARY KEY);
create table if not exists orphan_table (id BIGINT PRIMARY KEY);
