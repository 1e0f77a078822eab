-- Substring search on names that works for Chinese (no word breaks): trigram GIN indexes
-- serve ILIKE '%…%' (pg_trgm is a trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX customers_name_trgm ON customers USING gin (name gin_trgm_ops);
CREATE INDEX customers_code_trgm ON customers USING gin (code gin_trgm_ops);
CREATE INDEX products_name_trgm ON products USING gin (name gin_trgm_ops);
CREATE INDEX products_code_trgm ON products USING gin (code gin_trgm_ops);
