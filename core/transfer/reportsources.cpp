#include "core/transfer/reportsources.h"

#include "core/store/cacheconnection.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Springdesk::Transfer {

namespace {

QString storeMessage(const Store::StoreError &e)
{
    return e.sqlError.isEmpty() ? e.message : u"%1 (%2)"_s.arg(e.message, e.sqlError);
}

// Opens the cache read connection of a source, in the reading thread.
bool openConnection(const QString &path, std::unique_ptr<Store::CacheConnection> *connection, QString *error)
{
    if (*connection)
        return true;
    auto c = std::make_unique<Store::CacheConnection>(path);
    if (const auto e = c->open()) {
        *error = QCoreApplication::translate("Springdesk::Transfer::Reports", "Cannot read the local cache %1: %2")
                     .arg(path, storeMessage(e));
        return false;
    }
    *connection = std::move(c);
    return true;
}

} // namespace

CacheQuerySource::CacheQuerySource(
    QString cacheFile, QString name, ExportColumns columns, Open open, Transform transform)
    : m_path(std::move(cacheFile))
    , m_name(std::move(name))
    , m_columns(std::move(columns))
    , m_open(std::move(open))
    , m_transform(std::move(transform))
{ }

CacheQuerySource::~CacheQuerySource()
{
    m_cursor.reset(); // the query goes before its connection
    m_connection.reset();
}

bool CacheQuerySource::fetch(int maxRows, QList<ExportRow> *rows, QString *error)
{
    if (!openConnection(m_path, &m_connection, error))
        return false;
    if (!m_cursor)
        m_cursor.emplace(m_open(Store::ReportRepository(m_connection->database())));
    m_raw.clear();
    if (const auto e = m_cursor->next(maxRows, &m_raw)) {
        *error = storeMessage(e);
        return false;
    }
    for (const QVariantList &raw : std::as_const(m_raw))
        rows->append(m_transform ? m_transform(raw) : raw.mid(0, m_columns.size()));
    return true;
}

ResultsMatrixSource::ResultsMatrixSource(QString cacheFile, Store::ReportCourse course, ExportColumns learnerColumns,
    QList<Store::ResultActivity> activities)
    : m_path(std::move(cacheFile))
    , m_course(std::move(course))
    , m_learnerColumns(std::move(learnerColumns))
    , m_activities(std::move(activities))
{ }

ResultsMatrixSource::~ResultsMatrixSource()
{
    m_cursor.reset();
    m_connection.reset();
}

QString ResultsMatrixSource::name() const
{
    return m_course.externalId.isEmpty() ? m_course.name : m_course.externalId + u' ' + m_course.name;
}

ExportColumns ResultsMatrixSource::columns() const
{
    ExportColumns columns = m_learnerColumns;
    for (const auto &a : m_activities) {
        const QString label = a.name.isEmpty() ? a.id : a.name;
        const QString key = a.id.isEmpty() ? QString::number(a.position) : a.id;
        //: results matrix column: an activity's score
        columns.append({u"score:"_s + key,
            QCoreApplication::translate("Springdesk::Transfer::Reports", "%1: score").arg(label), ColumnType::Number});
        //: results matrix column: whether the learner passed the activity
        columns.append(
            {u"passed:"_s + key, QCoreApplication::translate("Springdesk::Transfer::Reports", "%1: passed").arg(label),
                ColumnType::Boolean});
    }
    return columns;
}

bool ResultsMatrixSource::fetch(int maxRows, QList<ExportRow> *rows, QString *error)
{
    if (!openConnection(m_path, &m_connection, error))
        return false;
    if (!m_cursor)
        m_cursor.emplace(Store::ReportRepository(m_connection->database()).courseResults(m_course.uid));
    QHash<int, int> columnOf; // part position → index of its score column
    for (qsizetype i = 0; i < m_activities.size(); ++i)
        columnOf.insert(m_activities.at(i).position, int(m_learnerColumns.size() + 2 * i));
    const int width = int(m_learnerColumns.size() + 2 * m_activities.size());
    // raw: learner_external_id, learner_uid, learner_name, learner_email, completed, grade, passed,
    // part_position, part_score, part_passed
    const auto complete = [&](const QList<QVariantList> &parts) {
        const QVariantList &first = parts.first();
        ExportRow row(width);
        for (int c = 0; c < 7; ++c)
            row[c] = first.at(c);
        for (const auto &p : parts) {
            if (p.at(7).isNull())
                continue;
            const int at = columnOf.value(p.at(7).toInt(), -1);
            if (at < 0)
                continue;
            row[at] = p.at(8).toString().isEmpty() ? QVariant() : p.at(8);
            row[at + 1] = p.at(9);
        }
        rows->append(row);
    };
    int produced = 0;
    QList<QVariantList> page;
    while (produced < maxRows) {
        if (m_cursorDone) {
            if (!m_pending.isEmpty()) {
                complete(m_pending);
                m_pending.clear();
                ++produced;
            }
            break;
        }
        page.clear();
        if (const auto e = m_cursor->next(256, &page)) {
            *error = storeMessage(e);
            return false;
        }
        if (page.isEmpty()) {
            m_cursorDone = true;
            continue;
        }
        for (const auto &raw : std::as_const(page)) {
            if (!m_pending.isEmpty() && m_pending.first().at(1) != raw.at(1)) {
                complete(m_pending);
                m_pending.clear();
                ++produced;
            }
            m_pending.append(raw);
        }
    }
    return true;
}

} // namespace Springdesk::Transfer
