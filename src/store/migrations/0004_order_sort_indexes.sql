-- Sorting a million orders by amount needs an index like sorting by date does.
CREATE INDEX orders_total ON orders (total, id);
