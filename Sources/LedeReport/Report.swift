// TEMPORARY placeholder, replaced by the report work.
