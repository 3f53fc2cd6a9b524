// libedit's native API. el_set, el_get and history are variadic, which Swift cannot call, so
// each use Lede makes of them gets a fixed-argument wrapper here, prefixed `lede_`.
#include <histedit.h>
#include <stddef.h>

typedef unsigned char (*lede_el_command_fn)(EditLine *, int);
typedef char *(*lede_el_prompt_fn)(EditLine *);

static inline int lede_el_set_prompt(EditLine *el, lede_el_prompt_fn fn) {
  return el_set(el, EL_PROMPT, fn);
}
static inline int lede_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}
static inline int lede_el_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}
static inline int lede_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
/// Puts the terminal in (1) or out of (0) editing mode now; el_gets otherwise switches only
/// when it reads the first key, after drawing the prompt, so keys typed in between would be
/// echoed twice.
static inline int lede_el_prepare_terminal(EditLine *el, int on) {
  return el_set(el, EL_PREP_TERM, on);
}
static inline int lede_el_set_getc(EditLine *el, el_rfunc_t fn) {
  return el_set(el, EL_GETCFN, fn);
}
static inline int lede_el_add_function(
    EditLine *el, const char *name, const char *help, lede_el_command_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int lede_el_bind(EditLine *el, const char *key, const char *command) {
  return el_set(el, EL_BIND, key, command, NULL);
}
static inline int lede_el_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}
static inline void *lede_el_clientdata(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}
static inline int lede_history_setsize(History *h, HistEvent *ev, int size) {
  return history(h, ev, H_SETSIZE, size);
}
static inline int lede_history_setunique(History *h, HistEvent *ev, int on) {
  return history(h, ev, H_SETUNIQUE, on);
}
static inline int lede_history_enter(History *h, HistEvent *ev, const char *line) {
  return history(h, ev, H_ENTER, line);
}
