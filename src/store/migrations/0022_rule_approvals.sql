-- The rule that started an approval (NULL: the record's own module did, e.g. a quote beyond
-- authority). Only the module's own requests move the record; a rule's request ends with
-- an event (quote.approval_approved, ...) that other rules may act on.
ALTER TABLE approval_requests ADD COLUMN rule_id BIGINT;
