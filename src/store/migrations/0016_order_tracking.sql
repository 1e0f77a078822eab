-- The customer's tracking link: an unguessable token per order, readable without login.
ALTER TABLE orders ADD COLUMN tracking_token TEXT;
CREATE UNIQUE INDEX orders_tracking_token ON orders (tracking_token);
