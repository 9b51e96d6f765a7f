#pragma once

#include "core/ops/operationrecord.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Springdesk::Ops {

// Which log lines to read.
struct OperationFilter
{
    QDateTime since; // invalid: from the start
    QString function; // wire name; empty: all
    std::optional<Outcome> outcome;
    QString profile; // empty: all
    QString text; // in the function, parameters, touched IDs or message; empty: all
    bool newestFirst = false;
    int limit = 0; // 0: no limit
    qint64 afterId = 0; // only lines with a larger id (paging in id order); 0: all
};

// The operation log: every command Springdesk sends, from the GUI, the CLI or an import, in its
// own SQLite file beside the cache (never inside it: the cache is disposable, the log is not),
// created 0600. One instance per thread; the file may be shared by several processes.
class OperationLog final
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Ops::OperationLog)

public:
    explicit OperationLog(QString filePath);
    ~OperationLog();
    OperationLog(const OperationLog &) = delete;
    OperationLog &operator=(const OperationLog &) = delete;

    // The log file beside a cache file: "<cache>.operations.sqlite".
    static QString pathBeside(const QString &cacheFile);

    // Creates or opens the file and its table; an empty string on success, else a translated reason.
    QString open();
    bool isOpen() const { return m_open; }
    QString filePath() const { return m_filePath; }

    // Appends a line and returns its id (0 with `error` filled when it could not be written).
    qint64 append(const OperationRecord &record, QString *error = nullptr);
    // Updates the outcome of a line written before the answer came (a long command, a verification).
    bool update(const OperationRecord &record, QString *error = nullptr);
    QList<OperationRecord> list(const OperationFilter &filter = {}, QString *error = nullptr) const;

private:
    QString m_filePath;
    QString m_connectionName;
    bool m_open = false;
};

} // namespace Springdesk::Ops
