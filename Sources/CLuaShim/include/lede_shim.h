// The only C in Lede that may raise a Lua error.
//
// Lua raises errors with longjmp. Across a Swift frame that would skip `defer` and leak, so Swift
// never raises: a Swift host function returns one of the sentinels below and the trampoline in
// this shim raises after Swift has returned (the pattern of hslua and LuaSwift). The shim also
// owns the things that must be C: the allocator that enforces --memory-limit, the count hook that
// enforces --timeout and Ctrl-C, the message handler, and wrappers for API macros.
//
// The rule for Swift, which every function here is shaped for: while Swift runs *inside* a host
// call or `lede_cpcall` (host mode) the allocator never refuses, so API functions marked 'm' in
// the manual cannot raise; functions marked 'e' (metamethods) are only reached through the
// protected helpers `lede_pcall` and `lede_tostring`. Outside host mode Swift calls only functions
// marked '-' and these helpers, plus `lua_settop`, whose 'e' is for to-be-closed slots that the
// host never creates, and `lua_next` over tables it does not modify. Every symbol is prefixed
// `lede_`.
#ifndef LEDE_SHIM_H
#define LEDE_SHIM_H

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stddef.h>
#include <stdint.h>

/// A host function's result: the error message (a string) is on top; raise it prefixed with the
/// caller's position, as `luaL_error` does.
#define LEDE_RAISE_MESSAGE (-1)
/// A host function's result: raise the value on top exactly as it is.
#define LEDE_RAISE_VALUE (-2)

/// Why a run was stopped.
typedef enum lede_stop_reason {
  LEDE_STOP_NONE = 0,
  LEDE_STOP_INTERRUPT = 1,
  LEDE_STOP_TIMEOUT = 2,
} lede_stop_reason;

/// The Swift dispatcher every host function goes through: `index` identifies the function; the
/// result is the number of results pushed, or a LEDE_RAISE_* sentinel.
typedef int (*lede_dispatch_fn)(lua_State *L, void *owner, lua_Integer index);
/// A Swift body run in protected host mode by `lede_cpcall`; results as for `lede_dispatch_fn`.
typedef int (*lede_protected_fn)(lua_State *L, void *context);

/// A thread-safe stop request flag that outlives no one: its owner frees it.
typedef struct lede_flag lede_flag;

lede_flag *lede_flag_new(void);
void lede_flag_free(lede_flag *flag);
void lede_flag_set(lede_flag *flag, int value);
int lede_flag_get(const lede_flag *flag);

// MARK: - States

/// A new state with the counting allocator and the stop hook, or NULL when out of memory.
/// `stop` may be NULL; it is read by the hook and must outlive the state.
lua_State *lede_newstate(lede_dispatch_fn dispatch, lede_flag *stop);
/// Closes the state and frees its control block. Host functions are not called any more.
void lede_close(lua_State *L);
/// The object passed back to the dispatcher; NULL makes host functions raise "host is closed".
void lede_set_owner(lua_State *L, void *owner);

/// Refuses allocations beyond `bytes` while Lua code runs (0: no limit).
void lede_set_memory_limit(lua_State *L, size_t bytes);
size_t lede_memory_limit(lua_State *L);
size_t lede_memory_used(lua_State *L);
/// Memory the host holds on the state's behalf (articles a script parsed or loaded), counted
/// against the memory limit with Lua's own.
size_t lede_memory_external(lua_State *L);
void lede_add_external(lua_State *L, size_t bytes);

/// Starts the clock for a timeout of `seconds` (<= 0: none).
void lede_set_timeout(lua_State *L, double seconds);
/// Whether the process-wide interrupt (SIGINT) stops this state.
void lede_set_interruptible(lua_State *L, int on);
/// The reason the current run was stopped, if it was.
lede_stop_reason lede_stop_reason_of(lua_State *L);
/// Ends a run: forgets the stop reason and the timeout, and restores the normal hook.
void lede_reset_stop(lua_State *L);
/// For long host calls: if the run must stop, records why, pushes the message and returns the
/// reason (the host then returns LEDE_RAISE_VALUE); otherwise returns LEDE_STOP_NONE.
lede_stop_reason lede_poll_stop(lua_State *L);

/// Turns on the hard limits for the whole process (the command line does, a library user need
/// not): a run stuck past its deadline by a grace period where no hook reaches, or Lua growing
/// far past the memory limit where the allocator cannot refuse, ends the process with a message
/// and `exit_status`, after calling `cleanup` (which must be async-signal-safe; may be NULL).
void lede_hard_limits_enable(int exit_status, void (*cleanup)(void));

// MARK: - Process-wide interrupt (Ctrl-C)

/// Installs a SIGINT handler that requests an interrupt; a second SIGINT while the first is
/// still pending exits with status 130, for code stuck where the hook cannot reach.
void lede_interrupt_install(void);
void lede_interrupt_request(void);
int lede_interrupt_pending(void);
void lede_interrupt_clear(void);

// MARK: - Calls

/// Loads a text chunk (never bytecode). Pushes the function or the error message.
int lede_load(lua_State *L, const char *text, size_t length, const char *chunkname);
/// `lua_pcall` with the memory limit in force and, if `traceback`, the message handler.
int lede_pcall(lua_State *L, int nargs, int nresults, int traceback);
/// Runs `fn(L, context)` in protected host mode; returns the status of the protected call.
/// The top `nargs` values move into the call as its stack 1...nargs (a C function cannot see
/// its caller's stack). If the call cannot even start, returns LUA_ERRMEM and pushes nothing.
int lede_cpcall(lua_State *L, lede_protected_fn fn, void *context, int nargs, int nresults);
/// Opens the standard libraries in protected mode; returns the status.
int lede_openlibs(lua_State *L);
/// A full garbage collection (lua_gc is variadic, which Swift cannot call).
void lede_collect(lua_State *L);
/// Pushes `tostring(value at idx)`, or on failure the error value; returns the status.
int lede_tostring(lua_State *L, int idx);
/// Pushes a C function (no allocation) that returns whether the current run has been stopped
/// (timeout or interrupt): the sandbox's `xpcall` asks it before running a script's handler.
void lede_pushstopped(lua_State *L);
/// The message handler: adds a traceback to the message; leaves check failures as they are.
int lede_msghandler(lua_State *L);

// MARK: - Host functions and failures

/// Pushes host function `index` as a C closure (host mode only: allocates).
void lede_pushhost(lua_State *L, lua_Integer index);

/// What a cached `__index` shares with the host: the object it read last (the host names it
/// when an error is reported), whether the cache is on, and where the object's number sits in
/// its userdata. The host allocates and frees it; it must outlive the state.
typedef struct lede_field_cache {
  int32_t current;        // the `article` of the userdata read last, or -1
  int enabled;            // 0: every read goes to the host (it counts reads)
  size_t ref_size;        // the size of the host's userdata
  size_t article_offset;  // the offset of its int32 `article`
} lede_field_cache;

/// Pushes host function `index` (an `__index`) behind a cache: the table on top of the stack
/// (popped) maps a key to a column, a table by `article` + 1 of the values the host stored, or
/// to a method; a hit returns the stored value or the method without entering the host (a light
/// userdata stands for nil). Host mode only: allocates.
void lede_pushcachedhost(lua_State *L, lua_Integer index, lede_field_cache *cache);
/// Pushes host function `index` (an `__index`) behind its kind's methods: the table on top of
/// the stack (popped) maps a name to a method, returned without entering the host; any other
/// key goes to the host. Host mode only: allocates.
void lede_pushmethodhost(lua_State *L, lua_Integer index);
/// Replaces the message on top with a failed-check object that remembers where lede.fail was
/// called (host mode only).
void lede_pushfailure(lua_State *L);
/// Whether the value at idx is a failed-check object.
int lede_isfailure(lua_State *L, int idx);
/// Pushes a failed check's message (1) or position "file:line:" (2); no allocation.
void lede_failurefield(lua_State *L, int idx, int field);

// MARK: - Macro wrappers

int lede_registryindex(void);
int lede_upvalueindex(int i);
void lede_pop(lua_State *L, int n);

#endif
