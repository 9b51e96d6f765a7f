#pragma once

#include "core/api/endpoints.h"

namespace Springdesk::Api {

// Fills the command metadata of the endpoint table (endpoints.cpp calls it once, while the
// table is built). Its rows live in commandmeta.cpp, beside the table.
void attachCommandMeta(QList<Endpoint> &table);

} // namespace Springdesk::Api
