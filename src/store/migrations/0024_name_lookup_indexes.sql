-- Lists show the owner's and the zone's name beside each record (LEFT JOIN users / zones on
-- id). With the name in the index the join reads the index alone, one lookup per row
-- instead of two (primary key index, then the row).
CREATE INDEX users_id_name ON users (id, display_name);
CREATE INDEX zones_id_name ON zones (id, name);
