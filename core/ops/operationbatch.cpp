#include "core/ops/operationbatch.h"

#include "core/api/apiclient.h"

namespace Springdesk::Ops {

OperationBatch::OperationBatch(OperationRunner *runner, QList<Item> items, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_items(std::move(items))
    , m_concurrency(qMax(1, runner->client()->config().maxInFlight))
{
    m_results.resize(m_items.size());
}

void OperationBatch::setConcurrency(int concurrency)
{
    m_concurrency = qMax(1, concurrency);
}

void OperationBatch::start()
{
    if (m_started)
        return;
    m_started = true;
    for (int row = 0; row < total(); ++row) {
        if (m_skipped.contains(row))
            ++m_finished;
    }
    Q_EMIT progress(m_finished, total());
    pump();
}

void OperationBatch::cancel()
{
    if (m_cancelled || !m_started)
        return;
    m_cancelled = true;
    for (; m_next < total(); ++m_next) {
        if (m_skipped.contains(m_next))
            continue;
        RowResult r;
        r.cancelled = true;
        r.message = OperationRecord::tr("Not sent: the run was cancelled.");
        rowDone(m_next, r);
    }
}

void OperationBatch::pump()
{
    while (!m_cancelled && m_running < m_concurrency && m_next < total()) {
        const int row = m_next++;
        if (m_skipped.contains(row))
            continue;
        ++m_running;
        Operation *op = m_runner->run(m_items.at(row).fn, m_items.at(row).params, m_source);
        connect(op, &Operation::finished, this, [this, row](Operation *done) {
            RowResult r;
            r.outcome = done->outcome();
            r.message = done->record().message;
            r.problems = done->validation().problems;
            r.sent = done->wasSent();
            r.logId = done->record().id;
            --m_running;
            rowDone(row, r);
            pump();
        });
    }
}

void OperationBatch::rowDone(int row, const RowResult &result)
{
    m_results[row] = result;
    ++m_finished;
    Q_EMIT rowFinished(row, result);
    Q_EMIT progress(m_finished, total());
    if (m_finished == total())
        Q_EMIT finished();
}

} // namespace Springdesk::Ops
