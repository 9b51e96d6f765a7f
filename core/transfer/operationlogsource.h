#pragma once

#include "core/transfer/tablesource.h"

#include <QCoreApplication>

#include <memory>

namespace Springdesk::Ops {
class OperationLog;
}

namespace Springdesk::Transfer {

// The operation log beside a cache (Ops::OperationLog::pathBeside) as a table, oldest first,
// read page by page in id order: time, profile, source, function, parameters (as logged:
// passwords masked, never the key), outcome, message, touched IDs, duration. A cache without a
// log yet gives no rows (nothing is created). Used in the thread that reads it.
class OperationLogSource final : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Transfer::OperationLogSource)

public:
    OperationLogSource(QString cacheFile, QString name);
    ~OperationLogSource() override;

    static ExportColumns logColumns();

    QString name() const override { return m_name; }
    ExportColumns columns() const override { return logColumns(); }
    bool fetch(int maxRows, QList<ExportRow> *rows, QString *error) override;

private:
    QString m_logFile;
    QString m_name;
    std::unique_ptr<Ops::OperationLog> m_log;
    qint64 m_lastId = 0;
    bool m_done = false;
};

} // namespace Springdesk::Transfer
