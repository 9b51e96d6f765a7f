#pragma once

#include "core/ops/operationrunner.h"

#include <QObject>
#include <QSet>

#include <optional>

namespace Springdesk::Ops {

// Many operations through one runner, for a bulk import: at most `concurrency` on the wire at
// once (default: the client's cap), progress, cancel, and each row's outcome. Rows already done
// in an earlier run can be skipped (resume). Invalid rows are reported with their problems and
// never sent; one failing row does not stop the others.
class OperationBatch final : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        Api::Fn fn;
        Api::RawParams params;
    };
    struct RowResult
    {
        Outcome outcome = Outcome::Failed;
        QString message; // translated
        QList<Api::ParamProblem> problems; // refused before sending
        bool sent = false;
        bool cancelled = false; // never started: the batch was cancelled
        qint64 logId = 0;
    };

    OperationBatch(OperationRunner *runner, QList<Item> items, QObject *parent = nullptr);

    void setConcurrency(int concurrency);
    // On whose behalf the rows are sent, as the operation log records it (default: an import).
    void setSource(Source source) { m_source = source; }
    // Rows (indexes into the items) that are not sent again: done in an earlier run.
    void setSkippedRows(const QSet<int> &rows) { m_skipped = rows; }
    void start();
    // Starts no further rows; the rows on the wire finish and are reported.
    void cancel();

    int total() const { return int(m_items.size()); }
    int finishedCount() const { return m_finished; }
    bool isFinished() const { return m_started && m_finished == total(); }
    // One per row; nullopt for rows still running or skipped.
    const QList<std::optional<RowResult>> &results() const { return m_results; }

Q_SIGNALS:
    void rowFinished(int row, const Springdesk::Ops::OperationBatch::RowResult &result);
    void progress(int finished, int total);
    void finished();

private:
    void pump();
    void rowDone(int row, const RowResult &result);

    OperationRunner *m_runner;
    QList<Item> m_items;
    QList<std::optional<RowResult>> m_results;
    QSet<int> m_skipped;
    int m_concurrency;
    Source m_source = Source::Import;
    int m_next = 0;
    int m_running = 0;
    int m_finished = 0;
    bool m_started = false;
    bool m_cancelled = false;
};

} // namespace Springdesk::Ops
