#pragma once

#include "models/jobhandle.h"

#include <QCoreApplication>

namespace Springdesk::Ops {
class OperationBatch;
}
namespace Springdesk::Transfer {
class ExportJob;
}

namespace Springdesk::Models {

class JobRegistry;

// Registers a producer of the core layer with the Jobs panel in one line: its progress, its end
// and its cancel follow the object. `registry` may be null (then nothing is registered and the
// handle is null). Call before the producer starts.
class JobTracking
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Models::JobTracking)

public:
    // A bulk run (an import): progress rows done/total, cancel = OperationBatch::cancel (the
    // rows on the wire finish). Ends done when every row succeeded (or was verified done),
    // failed naming how many rows did not, cancelled when it was cancelled.
    static JobHandle trackBatch(JobRegistry *registry, Ops::OperationBatch *batch, const QString &title);
    // An export: progress rows written / total (unknown: a busy bar), cancel = ExportJob::cancel.
    static JobHandle trackExport(JobRegistry *registry, Transfer::ExportJob *job, const QString &title);
};

} // namespace Springdesk::Models
