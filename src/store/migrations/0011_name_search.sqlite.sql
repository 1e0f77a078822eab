-- Substring search on names that works for Chinese (no word breaks): FTS5 trigram indexes
-- kept in step by triggers (searches of 3+ characters use them; shorter ones scan).
CREATE VIRTUAL TABLE customer_search USING fts5(name, code, tokenize = 'trigram');
INSERT INTO customer_search (rowid, name, code) SELECT id, name, code FROM customers;
CREATE TRIGGER customer_search_insert AFTER INSERT ON customers BEGIN INSERT INTO customer_search (rowid, name, code) VALUES (new.id, new.name, new.code); END;
CREATE TRIGGER customer_search_update AFTER UPDATE OF name, code ON customers BEGIN UPDATE customer_search SET name = new.name, code = new.code WHERE rowid = old.id; END;
CREATE TRIGGER customer_search_delete AFTER DELETE ON customers BEGIN DELETE FROM customer_search WHERE rowid = old.id; END;

CREATE VIRTUAL TABLE product_search USING fts5(name, code, tokenize = 'trigram');
INSERT INTO product_search (rowid, name, code) SELECT id, name, code FROM products;
CREATE TRIGGER product_search_insert AFTER INSERT ON products BEGIN INSERT INTO product_search (rowid, name, code) VALUES (new.id, new.name, new.code); END;
CREATE TRIGGER product_search_update AFTER UPDATE OF name, code ON products BEGIN UPDATE product_search SET name = new.name, code = new.code WHERE rowid = old.id; END;
CREATE TRIGGER product_search_delete AFTER DELETE ON products BEGIN DELETE FROM product_search WHERE rowid = old.id; END;
