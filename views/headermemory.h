#pragma once

#include "core/settings/config.h"

class QHeaderView;

namespace Springdesk::Views {

// Remembers a view's header (column widths, order, hidden columns, sort) under a ConfigKey: the
// stored state is restored now and every change is saved at once. Panes, the Changes and the
// Jobs docks use it.
class HeaderMemory final
{
public:
    // Restores the stored state (true) or leaves the header as it is (false: nothing stored),
    // then saves every change of `header`.
    static bool keep(QHeaderView *header, Settings::Config *config, Settings::ConfigKey key);
    // Saves now: for what QHeaderView has no signal for (a column hidden or shown).
    static void save(QHeaderView *header, Settings::Config *config, Settings::ConfigKey key);
};

} // namespace Springdesk::Views
