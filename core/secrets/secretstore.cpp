#include "core/secrets/secretstore.h"
