// States: the counting allocator, the stop hook and the process-wide interrupt.
#define _POSIX_C_SOURCE 200809L  // sigaction and clock_gettime under a strict -std

#include "lede_internal.h"

#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct lede_flag {
  atomic_int value;
};

lede_flag *lede_flag_new(void) {
  lede_flag *flag = malloc(sizeof *flag);
  if (flag != NULL) atomic_init(&flag->value, 0);
  return flag;
}

void lede_flag_free(lede_flag *flag) { free(flag); }
void lede_flag_set(lede_flag *flag, int value) { atomic_store(&flag->value, value); }
int lede_flag_get(const lede_flag *flag) {
  return atomic_load((atomic_int *)&flag->value);
}

// MARK: - Allocator

// Small blocks (tables, their parts, short strings, closures: most of what Lua allocates) come
// from free lists kept per state, one per multiple of 16 bytes. Lua frees its garbage in bursts
// as the collector sweeps and allocates again in bursts, which overflows glibc's per-thread
// cache: a result table from a host call cost about 1,200 instructions of malloc's slow paths
// (callgrind, `lede.sentiment.score` in a loop). A state is used by one thread at a time, so the
// lists need no lock. Every block of a list is at least its size (a block keeps the size it was
// allocated with, or a larger one when a shrink is granted in place).
static inline size_t lede_pool_class(size_t size) { return (size + 15) >> 4; }

static void *lede_pool_take(lede_control *ctl, size_t size) {
  size_t class = lede_pool_class(size);
  void *block = ctl->pool[class - 1];
  if (block == NULL) return malloc(class << 4);
  memcpy(&ctl->pool[class - 1], block, sizeof(void *));
  ctl->pooled -= class << 4;
  return block;
}

static void lede_pool_give(lede_control *ctl, void *block, size_t size) {
  size_t class = lede_pool_class(size);
  if (ctl->pooled + (class << 4) > LEDE_POOL_BYTES) {
    free(block);
    return;
  }
  memcpy(block, &ctl->pool[class - 1], sizeof(void *));
  ctl->pool[class - 1] = block;
  ctl->pooled += class << 4;
}

static void lede_pool_free(lede_control *ctl) {
  for (size_t i = 0; i < LEDE_POOL_LARGEST / 16; i++) {
    void *block = ctl->pool[i];
    while (block != NULL) {
      void *next;
      memcpy(&next, block, sizeof next);
      free(block);
      block = next;
    }
    ctl->pool[i] = NULL;
  }
  ctl->pooled = 0;
}

// `realloc` for Lua's blocks: small ones from the free lists, others from malloc.
static void *lede_realloc(lede_control *ctl, void *ptr, size_t old, size_t nsize) {
  int small_before = ptr != NULL && old <= LEDE_POOL_LARGEST;
  if (nsize > LEDE_POOL_LARGEST && !small_before) return realloc(ptr, nsize);
  if (small_before && nsize <= LEDE_POOL_LARGEST
      && lede_pool_class(old) == lede_pool_class(nsize)) {
    return ptr;
  }
  void *block = nsize <= LEDE_POOL_LARGEST ? lede_pool_take(ctl, nsize) : malloc(nsize);
  if (block == NULL || ptr == NULL) return block;
  memcpy(block, ptr, old < nsize ? old : nsize);
  if (small_before) {
    lede_pool_give(ctl, ptr, old);
  } else {
    free(ptr);
  }
  return block;
}

// Refuses growth past the limit only while Lua code runs: Lua turns the refusal into a memory
// error ("not enough memory") after an emergency collection, and pcall catches it with the state
// intact. While Swift runs (host_depth > 0) a refusal would longjmp over Swift frames, so the
// allocator grants the request and the trampoline enforces the limit when Swift has returned.
static void *lede_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  lede_control *ctl = ud;
  size_t old = ptr != NULL ? osize : 0;  // for new blocks osize is a type tag
  if (nsize == 0) {
    if (ptr != NULL && old <= LEDE_POOL_LARGEST) {
      lede_pool_give(ctl, ptr, old);
    } else {
      free(ptr);
    }
    ctl->used -= old;
    return NULL;
  }
  if (nsize > old && ctl->limit != 0) {
    size_t after = ctl->used + ctl->external - old + nsize;
    if (ctl->host_depth == 0 && after > ctl->limit) return NULL;
    // The host cannot be refused; Lua's own memory past twice the limit (plus room for one
    // large result) is not the host's results but Lua running unchecked inside a host call,
    // as a finalizer does. Articles the host keeps (`external`) do not count here: they are
    // refused at the next allocation Lua makes itself.
    if (ctl->host_depth > 0 && (ctl->used - old + nsize) / 2 > ctl->limit + LEDE_HOST_MEMORY_SLACK
        && atomic_load(&lede_hard_limits_status) >= 0) {
      lede_hard_stop("lede: error: not enough memory: Lua grew far past --memory-limit where "
                     "it could not be stopped (a finalizer run during a host call)\n");
    }
  }
  void *block = lede_realloc(ctl, ptr, old, nsize);
  if (block == NULL) {
    if (nsize <= old) return ptr;  // Lua assumes shrinking never fails; keep the larger block
    if (ctl->host_depth > 0) {
      // The system itself is out of memory while Swift runs; as Swift does, stop here rather
      // than unwind Swift frames.
      fputs("lede: out of memory\n", stderr);
      abort();
    }
    return NULL;
  }
  ctl->used = ctl->used - old + nsize;
  return block;
}

// MARK: - Stop hook

static uint64_t lede_now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static atomic_int lede_interrupt_flag;

lede_stop_reason lede_due_stop(lede_control *ctl) {
  if (ctl->stop != LEDE_STOP_NONE) return ctl->stop;
  if (ctl->flag != NULL && lede_flag_get(ctl->flag)) return LEDE_STOP_INTERRUPT;
  if (ctl->interruptible && atomic_load(&lede_interrupt_flag)) return LEDE_STOP_INTERRUPT;
  if (ctl->deadline_ns != 0 && lede_now_ns() >= ctl->deadline_ns) return LEDE_STOP_TIMEOUT;
  return LEDE_STOP_NONE;
}

static void lede_hook(lua_State *L, lua_Debug *ar);

void lede_push_stop(lua_State *L, lede_control *ctl, lede_stop_reason reason, int level) {
  ctl->stop = reason;
  // Sticky: a script's pcall may catch the error, but its next instruction raises again.
  lua_sethook(L, lede_hook, LUA_MASKCOUNT, 1);
  luaL_where(L, level);
  if (reason == LEDE_STOP_TIMEOUT) {
    lua_pushfstring(L, "timeout after %f s", (lua_Number)ctl->timeout_seconds);
  } else {
    lua_pushliteral(L, "interrupted!");
  }
  lua_concat(L, 2);
}

static void lede_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  lede_control *ctl = lede_control_of(L);
  lede_stop_reason reason = lede_due_stop(ctl);
  if (reason == LEDE_STOP_NONE) return;
  lede_push_stop(L, ctl, reason, 0);
  lua_error(L);
}

// MARK: - States

lede_control *lede_control_of(lua_State *L) {
  void *ud = NULL;
  lua_getallocf(L, &ud);
  return ud;
}

lua_State *lede_newstate(lede_dispatch_fn dispatch, lede_flag *stop) {
  lede_control *ctl = calloc(1, sizeof *ctl);
  if (ctl == NULL) return NULL;
  ctl->dispatch = dispatch;
  ctl->flag = stop;
  lua_State *L = lua_newstate(lede_alloc, ctl);
  if (L == NULL) {
    lede_pool_free(ctl);
    free(ctl);
    return NULL;
  }
  // Threads created later copy the hook, so coroutines are stopped as well.
  lua_sethook(L, lede_hook, LUA_MASKCOUNT, LEDE_HOOK_INTERVAL);
  lede_watch(ctl);
  return L;
}

void lede_close(lua_State *L) {
  lede_control *ctl = lede_control_of(L);
  ctl->owner = NULL;
  // Finalizers run while the state closes, where no hook can stop them: they get the run's
  // timeout once more before the watchdog steps in, and the memory limit still holds (Lua
  // runs each in protected mode, so a refusal is an error it reports and goes on from).
  if (ctl->timeout_seconds > 0) {
    lede_set_hard_deadline(ctl, lede_now_ns() + (uint64_t)(ctl->timeout_seconds * 1e9));
  }
  lua_close(L);
  lede_unwatch(ctl);
  lede_pool_free(ctl);
  free(ctl);
}

void lede_set_owner(lua_State *L, void *owner) { lede_control_of(L)->owner = owner; }

void lede_set_memory_limit(lua_State *L, size_t bytes) { lede_control_of(L)->limit = bytes; }
size_t lede_memory_limit(lua_State *L) { return lede_control_of(L)->limit; }
size_t lede_memory_used(lua_State *L) { return lede_control_of(L)->used; }
size_t lede_memory_external(lua_State *L) { return lede_control_of(L)->external; }
void lede_add_external(lua_State *L, size_t bytes) { lede_control_of(L)->external += bytes; }

void lede_set_timeout(lua_State *L, double seconds) {
  lede_control *ctl = lede_control_of(L);
  ctl->timeout_seconds = seconds;
  ctl->deadline_ns = seconds > 0 ? lede_now_ns() + (uint64_t)(seconds * 1e9) : 0;
  lede_set_hard_deadline(ctl, ctl->deadline_ns);
}

void lede_set_interruptible(lua_State *L, int on) { lede_control_of(L)->interruptible = on; }

lede_stop_reason lede_stop_reason_of(lua_State *L) { return lede_control_of(L)->stop; }

void lede_reset_stop(lua_State *L) {
  lede_control *ctl = lede_control_of(L);
  ctl->stop = LEDE_STOP_NONE;
  ctl->deadline_ns = 0;
  lede_set_hard_deadline(ctl, 0);
  lua_sethook(L, lede_hook, LUA_MASKCOUNT, LEDE_HOOK_INTERVAL);
}

lede_stop_reason lede_poll_stop(lua_State *L) {
  lede_control *ctl = lede_control_of(L);
  lede_stop_reason reason = lede_due_stop(ctl);
  if (reason != LEDE_STOP_NONE) lede_push_stop(L, ctl, reason, 1);
  return reason;
}

// MARK: - Process-wide interrupt

static void lede_on_sigint(int sig) {
  (void)sig;
  if (atomic_exchange(&lede_interrupt_flag, 1)) {
    // The first request was not taken up: the process is stuck where no hook runs.
    static const char message[] = "\nlede: interrupted\n";
    ssize_t ignored = write(STDERR_FILENO, message, sizeof message - 1);
    (void)ignored;
    _exit(130);
  }
}

void lede_interrupt_install(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = lede_on_sigint;
  action.sa_flags = SA_RESTART;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, NULL);
}

void lede_interrupt_request(void) { atomic_store(&lede_interrupt_flag, 1); }
int lede_interrupt_pending(void) { return atomic_load(&lede_interrupt_flag); }
void lede_interrupt_clear(void) { atomic_store(&lede_interrupt_flag, 0); }
