-- Who approves a quote beyond its submitter's authority, edited in the process designer:
-- every save is a new version (the highest is in force). Version 1 is the chain the power
-- list always implied: the zone manager, then the sales director beyond the manager.
CREATE TABLE approval_chains (
  object TEXT NOT NULL,
  version INTEGER NOT NULL,
  steps TEXT NOT NULL,                  -- JSON: [{seq, role, label, when, condition}]
  saved_by BIGINT REFERENCES users(id),
  saved_at BIGINT NOT NULL,
  PRIMARY KEY (object, version)
);
INSERT INTO approval_chains (object, version, steps, saved_by, saved_at) VALUES ('quote', 1,
  '[{"seq":1,"role":"zone_manager","label":"战区经理审批","when":"beyond_rep","condition":""},{"seq":2,"role":"sales_director","label":"销售总监审批","when":"beyond_manager","condition":""}]',
  NULL, 0);
