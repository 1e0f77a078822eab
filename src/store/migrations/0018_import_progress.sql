-- Import progress where every node can read it (PostgreSQL: several nodes behind a balancer).
ALTER TABLE imports ADD COLUMN phase TEXT;
ALTER TABLE imports ADD COLUMN done_rows INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN total_rows INTEGER NOT NULL DEFAULT 0;
