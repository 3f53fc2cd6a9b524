// The hard limits: what stops a run that the hook cannot reach.
//
// Lua runs no hook inside a finalizer (`__gc`), and no hook can stop C code that never returns
// to the VM: a backtracking pattern in string.find, a blocking read of a FIFO, a long host
// call. The count hook and the host's polls stop everything else cleanly. For the rest, a
// watchdog thread ends the process with a message once a run is past its deadline by a grace
// period, and the allocator ends it when the host (or a finalizer run while the host
// allocates, when the allocator cannot refuse) holds far more than --memory-limit. Only the
// command line turns this on: a library user (the tests) keeps its process.
#define _POSIX_C_SOURCE 200809L  // clock_gettime, nanosleep under a strict -std

#include "lede_internal.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

_Atomic int lede_hard_limits_status = -1;

static pthread_mutex_t lede_watch_mutex = PTHREAD_MUTEX_INITIALIZER;
static lede_control *lede_watched = NULL;
static _Atomic int lede_watchdog_started = 0;
static void (*_Atomic lede_hard_stop_cleanup)(void) = NULL;

/// How long a run may outlive its deadline before the watchdog ends the process. The hook
/// and the host's polls stop a run within milliseconds of its deadline; a second lets even a
/// long host call return and the normal message and exit path run.
static const uint64_t lede_grace_ns = 1000000000u;

static uint64_t lede_watch_now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void lede_watch(lede_control *ctl) {
  pthread_mutex_lock(&lede_watch_mutex);
  ctl->next_watched = lede_watched;
  lede_watched = ctl;
  pthread_mutex_unlock(&lede_watch_mutex);
}

void lede_unwatch(lede_control *ctl) {
  pthread_mutex_lock(&lede_watch_mutex);
  for (lede_control **p = &lede_watched; *p != NULL; p = &(*p)->next_watched) {
    if (*p == ctl) {
      *p = ctl->next_watched;
      break;
    }
  }
  pthread_mutex_unlock(&lede_watch_mutex);
}

void lede_set_hard_deadline(lede_control *ctl, uint64_t deadline_ns) {
  atomic_store(&ctl->hard_deadline_ns, deadline_ns == 0 ? 0 : deadline_ns + lede_grace_ns);
}

static void lede_write_stderr(const char *text) {
  size_t length = strlen(text);
  while (length > 0) {
    ssize_t n = write(STDERR_FILENO, text, length);
    if (n <= 0) return;
    text += n;
    length -= (size_t)n;
  }
}

_Noreturn void lede_hard_stop(const char *message) {
  void (*cleanup)(void) = atomic_load(&lede_hard_stop_cleanup);
  if (cleanup != NULL) cleanup();
  lede_write_stderr(message);
  int status = atomic_load(&lede_hard_limits_status);
  _exit(status >= 0 ? status : 1);
}

static void *lede_watchdog(void *unused) {
  (void)unused;
  const struct timespec tick = {0, 50000000};  // 50 ms: a tenth of the shortest useful timeout
  for (;;) {
    nanosleep(&tick, NULL);
    uint64_t now = lede_watch_now_ns();
    double overdue = 0;
    pthread_mutex_lock(&lede_watch_mutex);
    for (lede_control *ctl = lede_watched; ctl != NULL; ctl = ctl->next_watched) {
      uint64_t hard = atomic_load(&ctl->hard_deadline_ns);
      if (hard != 0 && now >= hard) overdue = ctl->timeout_seconds;
    }
    pthread_mutex_unlock(&lede_watch_mutex);
    if (overdue > 0) {
      char message[256];
      snprintf(message, sizeof message,
               "lede: error: timeout after %g s: the script was stopped where Lua's hook cannot "
               "reach (a finalizer, a long pattern match, a blocking read or a long host call)\n",
               overdue);
      lede_hard_stop(message);
    }
  }
  return NULL;
}

void lede_hard_limits_enable(int exit_status, void (*cleanup)(void)) {
  atomic_store(&lede_hard_stop_cleanup, cleanup);
  atomic_store(&lede_hard_limits_status, exit_status);
  if (atomic_exchange(&lede_watchdog_started, 1)) return;
  pthread_t thread;
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
  if (pthread_create(&thread, &attributes, lede_watchdog, NULL) != 0) {
    atomic_store(&lede_watchdog_started, 0);
  }
  pthread_attr_destroy(&attributes);
}
