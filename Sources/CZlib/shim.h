// zlib, for the compressed article sources the library keeps (Foundation's compression
// APIs are not on Linux).
#include <zlib.h>
