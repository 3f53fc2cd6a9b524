#include <libxml/xmlversion.h>

/* Debian builds libxml2 with ICU, and <libxml/encoding.h> then includes the system's ICU
 * headers, which clash with the ICU copy inside Foundation ("'UErrorCode' has different
 * definitions in different modules"). ICU only adds two trailing pointer fields to
 * xmlCharEncodingHandler, a struct Lede never allocates nor reads, so Lede sees libxml2
 * without it. */
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* libxml2 reports every parse error through handlers whose default prints to standard error.
 * Lede parses broken HTML on purpose, so it installs these no-op handlers. They live in C
 * because the generic handler is variadic, which Swift cannot express. */

static inline void lede_xml_ignore_generic(void *context, const char *message, ...) {
  (void)context;
  (void)message;
}

#if LIBXML_VERSION >= 21200
static inline void lede_xml_ignore_structured(void *context, const xmlError *error) {
#else
static inline void lede_xml_ignore_structured(void *context, xmlErrorPtr error) {
#endif
  (void)context;
  (void)error;
}

/* Silences libxml2 on the calling thread: its error handlers are per-thread state. */
static inline void lede_xml_silence_thread(void) {
  xmlSetGenericErrorFunc(NULL, lede_xml_ignore_generic);
  xmlSetStructuredErrorFunc(NULL, lede_xml_ignore_structured);
}

/* Makes silence the default for threads whose libxml2 state is created from now on. */
static inline void lede_xml_silence_by_default(void) {
  xmlThrDefSetGenericErrorFunc(NULL, lede_xml_ignore_generic);
  xmlThrDefSetStructuredErrorFunc(NULL, lede_xml_ignore_structured);
}
