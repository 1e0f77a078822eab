-- Sales core: customers, contacts, products, orders with lines and a status timeline.
-- Money columns are BIGINT minor units (fen) with a currency code beside them.

CREATE TABLE customers (
  id BIGINT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  segment TEXT NOT NULL,
  industry TEXT,
  grade_computed TEXT NOT NULL DEFAULT 'C' CHECK (grade_computed IN ('A', 'B', 'C')),
  grade_override TEXT CHECK (grade_override IN ('A', 'B', 'C')),
  grade_override_reason TEXT,
  owner_id BIGINT REFERENCES users(id),
  zone_id BIGINT REFERENCES zones(id),
  territory TEXT,
  address TEXT,
  city TEXT,
  state TEXT,
  postal_code TEXT,
  country TEXT,
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  currency TEXT NOT NULL DEFAULT 'CNY',
  credit_limit BIGINT NOT NULL DEFAULT 0,
  credit_used BIGINT NOT NULL DEFAULT 0,
  revenue_12m BIGINT NOT NULL DEFAULT 0,
  channel TEXT NOT NULL CHECK (channel IN ('direct', 'store', 'distributor', 'online')),
  tags TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('lead', 'active', 'dormant', 'lost')),
  phone TEXT,
  email TEXT,
  last_visit_at BIGINT,
  last_order_at BIGINT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX customers_owner ON customers (owner_id, name);
CREATE INDEX customers_zone ON customers (zone_id, name);
CREATE INDEX customers_name ON customers (name);

CREATE TABLE contacts (
  id BIGINT PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  title TEXT,
  phone TEXT,
  email TEXT,
  is_primary SMALLINT NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX contacts_customer ON contacts (customer_id);

CREATE TABLE products (
  id BIGINT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  product_line TEXT NOT NULL,
  category TEXT NOT NULL,
  sub_category TEXT NOT NULL,
  currency TEXT NOT NULL DEFAULT 'CNY',
  list_price BIGINT NOT NULL CHECK (list_price >= 0),
  cost_price BIGINT NOT NULL DEFAULT 0 CHECK (cost_price >= 0),
  unit TEXT NOT NULL DEFAULT '件',
  active SMALLINT NOT NULL DEFAULT 1,
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX products_line ON products (product_line, category);
CREATE INDEX products_name ON products (name);

CREATE TABLE orders (
  id BIGINT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  customer_id BIGINT NOT NULL REFERENCES customers(id),
  owner_id BIGINT REFERENCES users(id),
  zone_id BIGINT REFERENCES zones(id),
  channel TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('created', 'credit_check', 'confirmed', 'picking', 'shipped',
                                         'delivered', 'closed', 'cancelled')),
  order_date BIGINT NOT NULL,
  ship_date BIGINT,
  ship_mode TEXT,
  currency TEXT NOT NULL DEFAULT 'CNY',
  subtotal BIGINT NOT NULL,
  discount_total BIGINT NOT NULL,
  total BIGINT NOT NULL,
  cost_total BIGINT NOT NULL DEFAULT 0,
  line_count INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX orders_date ON orders (order_date, id);
CREATE INDEX orders_owner_date ON orders (owner_id, order_date, id);
CREATE INDEX orders_zone_date ON orders (zone_id, order_date, id);
CREATE INDEX orders_customer_date ON orders (customer_id, order_date);
CREATE INDEX orders_status ON orders (status, order_date);

CREATE TABLE order_lines (
  id BIGINT PRIMARY KEY,
  order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  line_no INTEGER NOT NULL,
  product_id BIGINT NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  list_price BIGINT NOT NULL,
  discount_bp INTEGER NOT NULL CHECK (discount_bp BETWEEN 0 AND 10000),
  net_amount BIGINT NOT NULL,
  cost_amount BIGINT NOT NULL DEFAULT 0,
  UNIQUE (order_id, line_no)
);
CREATE INDEX order_lines_product ON order_lines (product_id);

CREATE TABLE order_events (
  id BIGINT PRIMARY KEY,
  order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  from_status TEXT,
  to_status TEXT NOT NULL,
  actor_id BIGINT,
  note TEXT,
  at BIGINT NOT NULL
);
CREATE INDEX order_events_order ON order_events (order_id, at);
