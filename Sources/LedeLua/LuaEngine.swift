import CLua
// TEMPORARY placeholder, replaced by the Lua engine work.
