#ifndef SAYSO_CLIBXML2_SHIM_H
#define SAYSO_CLIBXML2_SHIM_H

// The parts of libxml2 that HTML intake uses: the HTML parser and the tree.
// libxml2 built with ICU would pull ICU's headers into Swift, where they clash
// with Foundation's own copy; the ICU-specific fields are never touched here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

// Swift 6 rejects the mutable global function pointer `xmlFree`; this wrapper
// frees memory that libxml2 handed out (such as a `xmlGetProp` result).
static inline void sayso_xml_free(void *pointer) {
  if (pointer) xmlFree(pointer);
}

// Silences libxml2's generic error callback for the calling thread, so that a
// broken page never prints to standard error from inside the parser.
static void sayso_xml_ignore_error(void *context, const char *message, ...) {
  (void)context; (void)message;
}
static inline void sayso_xml_silence(void) {
  xmlSetGenericErrorFunc(NULL, sayso_xml_ignore_error);
}

#endif
