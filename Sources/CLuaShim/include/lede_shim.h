// TEMPORARY placeholder, replaced by the Lua engine work.
#include <lua.h>
int lede_placeholder(void);
