#pragma once

#include "core/transfer/exportdocument.h"

namespace Springdesk::Views {

// A pane that File → Export… (Ctrl+E) can export: MainWindow asks the current pane, when it is
// one of these, to start its export (ask for a file, write it off the UI thread with progress).
class ExportablePane
{
public:
    virtual ~ExportablePane() = default;
    virtual bool canExport() const = 0;
    // `base` carries what the window knows: the profile and the cache's "as of" time.
    virtual void startExport(const Transfer::ExportDocument &base) = 0;
};

} // namespace Springdesk::Views
