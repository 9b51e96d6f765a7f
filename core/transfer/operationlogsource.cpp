#include "core/transfer/operationlogsource.h"

#include "core/ops/operationlog.h"

#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Springdesk::Transfer {

OperationLogSource::OperationLogSource(QString cacheFile, QString name)
    : m_logFile(Ops::OperationLog::pathBeside(cacheFile))
    , m_name(std::move(name))
{ }

OperationLogSource::~OperationLogSource() = default;

ExportColumns OperationLogSource::logColumns()
{
    using T = ColumnType;
    return {{u"at"_s, tr("Time"), T::DateTime}, {u"profile"_s, tr("Profile"), T::Text},
        {u"source"_s, tr("Source"), T::Text}, {u"function"_s, tr("Function"), T::Text},
        {u"parameters"_s, tr("Parameters"), T::Text}, {u"outcome"_s, tr("Outcome"), T::Text},
        {u"message"_s, tr("Message"), T::Text}, {u"touched"_s, tr("IDs touched"), T::Id},
        {u"duration_ms"_s, tr("Duration (ms)"), T::Integer}};
}

bool OperationLogSource::fetch(int maxRows, QList<ExportRow> *rows, QString *error)
{
    if (m_done)
        return true;
    if (!m_log) {
        if (!QFileInfo::exists(m_logFile)) {
            m_done = true; // no command was sent through this cache yet
            return true;
        }
        m_log = std::make_unique<Ops::OperationLog>(m_logFile);
        if (const QString problem = m_log->open(); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    Ops::OperationFilter filter;
    filter.afterId = m_lastId;
    filter.limit = maxRows;
    QString readError;
    const QList<Ops::OperationRecord> records = m_log->list(filter, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (records.size() < maxRows)
        m_done = true;
    for (const Ops::OperationRecord &r : records) {
        m_lastId = r.id;
        rows->append(ExportRow{r.at.toLocalTime(), r.profile, Ops::OperationRecord::sourceName(r.source), r.function,
            QString::fromUtf8(QJsonDocument(r.params).toJson(QJsonDocument::Compact)),
            Ops::OperationRecord::outcomeText(r.outcome), r.message, r.touched.join(u", "_s), r.durationMs});
    }
    return true;
}

} // namespace Springdesk::Transfer
