#include "models/operationlogmodel.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

using Ops::OperationRecord;

OperationLogModel::OperationLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_filter.newestFirst = true;
}

OperationLogModel::~OperationLogModel() = default;

void OperationLogModel::setLogFile(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_log.reset();
    reload();
}

void OperationLogModel::setFilter(const Ops::OperationFilter &filter)
{
    m_filter = filter;
    reload();
}

bool OperationLogModel::reload()
{
    QList<OperationRecord> rows;
    m_error.clear();
    if (!m_path.isEmpty() && (m_log || QFileInfo::exists(m_path))) {
        if (!m_log) {
            auto log = std::make_unique<Ops::OperationLog>(m_path);
            m_error = log->open();
            if (m_error.isEmpty())
                m_log = std::move(log);
        }
        if (m_log)
            rows = m_log->list(m_filter, &m_error);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT reloaded();
    return m_error.isEmpty();
}

int OperationLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OperationLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OperationRecord &r = m_rows.at(index.row());
    if (role == RecordIdRole)
        return r.id;
    const bool raw = role == RawValueRole;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && !raw)
        return {};
    switch (Column(index.column())) {
    case Time:
        return raw ? QVariant(r.at) : QVariant(QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat));
    case Function:
        return r.function;
    case Outcome:
        return raw ? QVariant(int(r.outcome)) : QVariant(OperationRecord::outcomeText(r.outcome));
    case Touched:
        return raw ? QVariant(r.touched) : QVariant(r.touched.join(u", "_s));
    case Parameters:
        return QString::fromUtf8(QJsonDocument(r.params).toJson(QJsonDocument::Compact));
    case Message:
        return r.message;
    case Source:
        return OperationRecord::sourceName(r.source);
    case Profile:
        return r.profile;
    case Duration:
        //: duration of an API call in milliseconds
        return raw ? QVariant(r.durationMs) : QVariant(tr("%1 ms").arg(QLocale().toString(r.durationMs)));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OperationLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Function:
        return tr("Function");
    case Outcome:
        return tr("Outcome");
    case Touched:
        //: column: the IDs of the users, groups… a command changed
        return tr("Objects");
    case Parameters:
        return tr("Parameters");
    case Message:
        return tr("Message");
    case Source:
        //: column: where a command came from (gui, cli, import)
        return tr("Source");
    case Profile:
        return tr("Profile");
    case Duration:
        return tr("Duration");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Springdesk::Models
