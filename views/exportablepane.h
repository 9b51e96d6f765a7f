#pragma once

#include "core/transfer/exportdocument.h"

namespace Springdesk::Models {
class JobRegistry;
}

namespace Springdesk::Views {

// A pane that File → Export… (Ctrl+E) can export: MainWindow asks the current pane, when it is
// one of these, to start its export (ask for a file, write it off the UI thread with progress,
// as a job of the Jobs panel).
class ExportablePane
{
public:
    virtual ~ExportablePane() = default;
    virtual bool canExport() const = 0;
    // `base` carries what the window knows: the profile and the cache's "as of" time.
    virtual void startExport(const Transfer::ExportDocument &base) = 0;

    // Where the pane's exports show as jobs (MainWindow::setPaneWidget gives its own); without
    // one an export shows a progress dialog.
    void setJobRegistry(Models::JobRegistry *registry) { m_jobs = registry; }
    Models::JobRegistry *jobRegistry() const { return m_jobs; }

private:
    Models::JobRegistry *m_jobs = nullptr;
};

} // namespace Springdesk::Views
