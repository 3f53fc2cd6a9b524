// Calls across the boundary: loading, protected calls, the host trampoline, the message handler
// and failed-check objects.
#include "lede_internal.h"

#include <string.h>

// MARK: - Loading and protected calls

int lede_load(lua_State *L, const char *text, size_t length, const char *chunkname) {
  // Mode "t": bytecode can crash the VM and is never accepted.
  return luaL_loadbufferx(L, text, length, chunkname, "t");
}

int lede_pcall(lua_State *L, int nargs, int nresults, int traceback) {
  lede_control *ctl = lede_control_of(L);
  int handler = 0;
  if (traceback) {
    if (!lua_checkstack(L, 1)) return LUA_ERRMEM;
    handler = lua_gettop(L) - nargs;
    lua_pushcfunction(L, lede_msghandler);
    lua_insert(L, handler);
  }
  // Lua code called from a host function is limited like any other.
  int depth = ctl->host_depth;
  ctl->host_depth = 0;
  int status = lua_pcall(L, nargs, nresults, handler);
  ctl->host_depth = depth;
  if (traceback) lua_remove(L, handler);
  return status;
}

static int lede_finish(lua_State *L, lede_control *ctl, int n) {
  if (n == LEDE_RAISE_MESSAGE) {
    luaL_where(L, 1);
    lua_insert(L, -2);
    lua_concat(L, 2);
    return lua_error(L);
  }
  if (n < 0) return lua_error(L);
  if (ctl->host_depth == 0 && lua_checkstack(L, 1)) {
    // A long host call (loading a folder, an analysis) returns past the deadline: stop here
    // rather than at the hook's next count.
    lede_stop_reason reason = lede_due_stop(ctl);
    if (reason != LEDE_STOP_NONE) {
      lede_push_stop(L, ctl, reason, 1);
      return lua_error(L);
    }
  }
  if (ctl->host_depth == 0 && ctl->limit != 0 && ctl->used + ctl->external > ctl->limit
      && lua_checkstack(L, 1)) {
    // The host allocated past the limit while the allocator could not refuse. One more
    // allocation lets Lua collect what is garbage or raise its memory error, now that it can.
    lua_newuserdatauv(L, 0, 0);
    lua_pop(L, 1);
  }
  return n;
}

typedef struct lede_cpcall_args {
  lede_protected_fn fn;
  void *context;
} lede_cpcall_args;

static int lede_cpcall_entry(lua_State *L) {
  lede_cpcall_args *args = lua_touserdata(L, 1);
  lua_remove(L, 1);
  lede_control *ctl = lede_control_of(L);
  ctl->host_depth++;
  int n = args->fn(L, args->context);
  ctl->host_depth--;
  return lede_finish(L, ctl, n);
}

int lede_cpcall(lua_State *L, lede_protected_fn fn, void *context, int nargs, int nresults) {
  lede_control *ctl = lede_control_of(L);
  lede_cpcall_args args = {fn, context};
  // Host mode from here: entering the call may allocate a CallInfo, which must not fail.
  ctl->host_depth++;
  int status = LUA_ERRMEM;
  if (lua_checkstack(L, 2)) {
    lua_pushcfunction(L, lede_cpcall_entry);
    lua_insert(L, -nargs - 1);
    lua_pushlightuserdata(L, &args);
    lua_insert(L, -nargs - 1);
    status = lua_pcall(L, nargs + 1, nresults, 0);
  }
  ctl->host_depth--;
  return status;
}

static int lede_openlibs_entry(lua_State *L) {
  luaL_openlibs(L);
  return 0;
}

int lede_openlibs(lua_State *L) {
  lede_control *ctl = lede_control_of(L);
  ctl->host_depth++;
  int status = LUA_ERRMEM;
  if (lua_checkstack(L, 1)) {
    lua_pushcfunction(L, lede_openlibs_entry);
    status = lua_pcall(L, 0, 0, 0);
  }
  ctl->host_depth--;
  return status;
}

void lede_collect(lua_State *L) { lua_gc(L, LUA_GCCOLLECT); }

static int lede_tostring_entry(lua_State *L) {
  luaL_tolstring(L, 1, NULL);
  return 1;
}

int lede_tostring(lua_State *L, int idx) {
  idx = lua_absindex(L, idx);
  if (!lua_checkstack(L, 3)) return LUA_ERRMEM;
  lua_pushcfunction(L, lede_tostring_entry);
  lua_pushvalue(L, idx);
  return lede_pcall(L, 1, 1, 0);
}

int lede_msghandler(lua_State *L) {
  // A failed check is not a crash: it keeps its own message and needs no traceback.
  if (lede_isfailure(L, 1)) return 1;
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) {
      msg = lua_tostring(L, -1);
    } else {
      msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
  }
  luaL_traceback(L, L, msg, 1);
  return 1;
}

static int lede_stopped(lua_State *L) {
  lua_pushboolean(L, lede_control_of(L)->stop != LEDE_STOP_NONE);
  return 1;
}

void lede_pushstopped(lua_State *L) { lua_pushcfunction(L, lede_stopped); }

// MARK: - Host functions

static int lede_trampoline(lua_State *L) {
  lede_control *ctl = lede_control_of(L);
  if (ctl->owner == NULL || ctl->dispatch == NULL) return luaL_error(L, "host is closed");
  lua_Integer index = lua_tointeger(L, lua_upvalueindex(1));
  ctl->host_depth++;
  int n = ctl->dispatch(L, ctl->owner, index);
  ctl->host_depth--;
  return lede_finish(L, ctl, n);
}

void lede_pushhost(lua_State *L, lua_Integer index) {
  lua_pushinteger(L, index);
  lua_pushcclosure(L, lede_trampoline, 1);
}

// Field reads in a loop over a large corpus are the hot path of scripts: a hit costs two raw
// table reads and no Swift; so does finding a method (`a:entities()`), which the host did
// after its fields. A miss is the plain trampoline, so errors and their positions are the
// host's own. Nothing here raises.
static int lede_cached_trampoline(lua_State *L) {
  lede_control *ctl = lede_control_of(L);
  lede_field_cache *cache = lua_touserdata(L, lua_upvalueindex(3));
  if (ctl->owner != NULL && cache->enabled && lua_type(L, 2) == LUA_TSTRING
      && lua_type(L, 1) == LUA_TUSERDATA && lua_rawlen(L, 1) == cache->ref_size) {
    int32_t article;
    memcpy(&article, (const char *)lua_touserdata(L, 1) + cache->article_offset, sizeof article);
    lua_pushvalue(L, 2);
    int found = lua_rawget(L, lua_upvalueindex(2));
    if (found == LUA_TFUNCTION) {
      cache->current = article;  // as the host's `__index` records it
      return 1;
    }
    if (found == LUA_TTABLE) {
      int type = lua_rawgeti(L, -1, (lua_Integer)article + 1);
      if (type != LUA_TNIL) {
        cache->current = article;
        if (type == LUA_TLIGHTUSERDATA) lua_pushnil(L);
        return 1;
      }
    }
    lua_settop(L, 2);
  }
  return lede_trampoline(L);
}

void lede_pushcachedhost(lua_State *L, lua_Integer index, lede_field_cache *cache) {
  lua_pushinteger(L, index);
  lua_insert(L, -2);
  lua_pushlightuserdata(L, cache);
  lua_pushcclosure(L, lede_cached_trampoline, 3);
}

// `s:sentiment()` looked its method up through the host, a round trip into Swift as long as
// the call itself: the method is found here, any other key goes to the host.
static int lede_method_trampoline(lua_State *L) {
  lede_control *ctl = lede_control_of(L);
  if (ctl->owner != NULL && lua_type(L, 2) == LUA_TSTRING) {
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(2)) == LUA_TFUNCTION) return 1;
    lua_settop(L, 2);
  }
  return lede_trampoline(L);
}

void lede_pushmethodhost(lua_State *L, lua_Integer index) {
  lua_pushinteger(L, index);
  lua_insert(L, -2);
  lua_pushcclosure(L, lede_method_trampoline, 2);
}

// MARK: - Failed checks

static const char lede_failure_key = 'F';

static int lede_failure_tostring(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_rawgeti(L, 1, 2);
  lua_rawgeti(L, 1, 1);
  lua_concat(L, 2);
  return 1;
}

void lede_pushfailure(lua_State *L) {
  lua_createtable(L, 2, 0);
  lua_insert(L, -2);
  lua_rawseti(L, -2, 1);
  luaL_where(L, 1);
  lua_rawseti(L, -2, 2);
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &lede_failure_key) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_createtable(L, 0, 2);
    lua_pushcfunction(L, lede_failure_tostring);
    lua_setfield(L, -2, "__tostring");  // a fresh table has no metamethods to run
    lua_pushliteral(L, "lede.failure");
    lua_setfield(L, -2, "__name");
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &lede_failure_key);
  }
  lua_setmetatable(L, -2);
}

int lede_isfailure(lua_State *L, int idx) {
  idx = lua_absindex(L, idx);
  if (lua_type(L, idx) != LUA_TTABLE || !lua_checkstack(L, 2) || !lua_getmetatable(L, idx)) {
    return 0;
  }
  lua_rawgetp(L, LUA_REGISTRYINDEX, &lede_failure_key);
  int yes = lua_rawequal(L, -1, -2);
  lua_pop(L, 2);
  return yes;
}

void lede_failurefield(lua_State *L, int idx, int field) { lua_rawgeti(L, idx, field); }

// MARK: - Macro wrappers

int lede_registryindex(void) { return LUA_REGISTRYINDEX; }
int lede_upvalueindex(int i) { return lua_upvalueindex(i); }
void lede_pop(lua_State *L, int n) { lua_pop(L, n); }
