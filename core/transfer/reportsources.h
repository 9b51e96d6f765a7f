#pragma once

#include "core/store/reportrepository.h"
#include "core/transfer/tablesource.h"

#include <functional>
#include <memory>
#include <optional>

namespace Springdesk::Store {
class CacheConnection;
}

namespace Springdesk::Transfer {

// A table read from the cache through a Store::RowCursor. The connection opens on the first
// fetch() and closes with the source, both in the reading thread.
class CacheQuerySource final : public TableSource
{
public:
    using Open = std::function<Store::RowCursor(const Store::ReportRepository &repository)>;
    // Turns a row of the cursor into the table's row; without one, the first columns().size()
    // values are taken as they are.
    using Transform = std::function<ExportRow(const QVariantList &raw)>;

    CacheQuerySource(QString cacheFile, QString name, ExportColumns columns, Open open, Transform transform = {});
    ~CacheQuerySource() override;

    QString name() const override { return m_name; }
    ExportColumns columns() const override { return m_columns; }
    bool fetch(int maxRows, QList<ExportRow> *rows, QString *error) override;

private:
    QString m_path;
    QString m_name;
    ExportColumns m_columns;
    Open m_open;
    Transform m_transform;
    std::unique_ptr<Store::CacheConnection> m_connection;
    std::optional<Store::RowCursor> m_cursor;
    QList<QVariantList> m_raw;
};

// The results matrix of one course: a row per learner with results, their course result, and a
// score and "passed" column per activity.
class ResultsMatrixSource final : public TableSource
{
public:
    ResultsMatrixSource(QString cacheFile, Store::ReportCourse course, ExportColumns learnerColumns,
        QList<Store::ResultActivity> activities);
    ~ResultsMatrixSource() override;

    QString name() const override;
    ExportColumns columns() const override;
    bool fetch(int maxRows, QList<ExportRow> *rows, QString *error) override;

private:
    QString m_path;
    Store::ReportCourse m_course;
    ExportColumns m_learnerColumns;
    QList<Store::ResultActivity> m_activities;
    std::unique_ptr<Store::CacheConnection> m_connection;
    std::optional<Store::RowCursor> m_cursor;
    QList<QVariantList> m_pending; // raw rows of the learner being assembled
    bool m_cursorDone = false;
};

} // namespace Springdesk::Transfer
