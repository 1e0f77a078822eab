-- Pipeline: opportunities with configurable stages and stage history, visits
-- (customer interactions), price lists, quotes with lines and a status timeline.

CREATE TABLE opportunity_stages (
  key TEXT PRIMARY KEY,
  label_zh TEXT NOT NULL,
  label_en TEXT NOT NULL,
  probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
  position INTEGER NOT NULL,
  outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost'))
);
INSERT INTO opportunity_stages (key, label_zh, label_en, probability, position, outcome) VALUES
  ('lead', '线索', 'Lead', 10, 1, 'open'),
  ('qualified', '已确认需求', 'Qualified', 25, 2, 'open'),
  ('proposal', '方案报价', 'Proposal', 50, 3, 'open'),
  ('negotiation', '商务谈判', 'Negotiation', 75, 4, 'open'),
  ('won', '赢单', 'Won', 100, 5, 'won'),
  ('lost', '输单', 'Lost', 0, 6, 'lost');

CREATE TABLE opportunities (
  id BIGINT PRIMARY KEY,
  name TEXT NOT NULL,
  customer_id BIGINT NOT NULL REFERENCES customers(id),
  owner_id BIGINT REFERENCES users(id),
  zone_id BIGINT REFERENCES zones(id),
  amount BIGINT NOT NULL CHECK (amount >= 0),
  currency TEXT NOT NULL DEFAULT 'CNY',
  stage TEXT NOT NULL REFERENCES opportunity_stages(key),
  probability INTEGER NOT NULL,
  expected_close_date BIGINT NOT NULL,
  source TEXT,
  competitor TEXT,
  lost_reason TEXT,
  closed_at BIGINT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX opportunities_owner ON opportunities (owner_id, stage);
CREATE INDEX opportunities_zone ON opportunities (zone_id, stage);
CREATE INDEX opportunities_customer ON opportunities (customer_id);
CREATE INDEX opportunities_close ON opportunities (expected_close_date);

CREATE TABLE opportunity_stage_history (
  id BIGINT PRIMARY KEY,
  opportunity_id BIGINT NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
  from_stage TEXT,
  to_stage TEXT NOT NULL,
  actor_id BIGINT,
  at BIGINT NOT NULL
);
CREATE INDEX opportunity_stage_history_opportunity ON opportunity_stage_history (opportunity_id, at);

CREATE TABLE visits (
  id BIGINT PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customers(id),
  owner_id BIGINT REFERENCES users(id),
  zone_id BIGINT REFERENCES zones(id),
  status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
  planned_at BIGINT NOT NULL,
  actual_at BIGINT,
  checkin_latitude DOUBLE PRECISION,
  checkin_longitude DOUBLE PRECISION,
  purpose TEXT NOT NULL,
  outcome TEXT,
  next_step TEXT,
  follow_up_date BIGINT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX visits_owner ON visits (owner_id, planned_at);
CREATE INDEX visits_zone ON visits (zone_id, planned_at);
CREATE INDEX visits_customer ON visits (customer_id, planned_at);

CREATE TABLE price_lists (
  id BIGINT PRIMARY KEY,
  name TEXT NOT NULL,
  channel TEXT,
  zone_id BIGINT REFERENCES zones(id),
  currency TEXT NOT NULL DEFAULT 'CNY',
  active SMALLINT NOT NULL DEFAULT 1,
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE price_list_items (
  price_list_id BIGINT NOT NULL REFERENCES price_lists(id) ON DELETE CASCADE,
  product_id BIGINT NOT NULL REFERENCES products(id),
  price BIGINT NOT NULL CHECK (price >= 0),
  PRIMARY KEY (price_list_id, product_id)
);

CREATE TABLE quotes (
  id BIGINT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  customer_id BIGINT NOT NULL REFERENCES customers(id),
  owner_id BIGINT REFERENCES users(id),
  zone_id BIGINT REFERENCES zones(id),
  opportunity_id BIGINT REFERENCES opportunities(id),
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'pending_approval', 'approved', 'rejected',
                                         'accepted', 'converted', 'expired', 'cancelled')),
  currency TEXT NOT NULL DEFAULT 'CNY',
  subtotal BIGINT NOT NULL,
  discount_total BIGINT NOT NULL,
  total BIGINT NOT NULL,
  max_discount_bp INTEGER NOT NULL DEFAULT 0,
  valid_until BIGINT NOT NULL,
  submitted_at BIGINT,
  order_id BIGINT REFERENCES orders(id),
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX quotes_owner ON quotes (owner_id, created_at);
CREATE INDEX quotes_zone ON quotes (zone_id, created_at);
CREATE INDEX quotes_customer ON quotes (customer_id);
CREATE INDEX quotes_status ON quotes (status, valid_until);

CREATE TABLE quote_lines (
  id BIGINT PRIMARY KEY,
  quote_id BIGINT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  line_no INTEGER NOT NULL,
  product_id BIGINT NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  list_price BIGINT NOT NULL,
  discount_bp INTEGER NOT NULL CHECK (discount_bp BETWEEN 0 AND 10000),
  net_amount BIGINT NOT NULL,
  UNIQUE (quote_id, line_no)
);

CREATE TABLE quote_events (
  id BIGINT PRIMARY KEY,
  quote_id BIGINT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  from_status TEXT,
  to_status TEXT NOT NULL,
  actor_id BIGINT,
  note TEXT,
  at BIGINT NOT NULL
);
CREATE INDEX quote_events_quote ON quote_events (quote_id, at);
