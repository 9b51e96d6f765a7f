#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace Springdesk::Models {

// The courses of the local cache, by name, with how many learners the cache knows for each:
// the list an admin picks a course from (e.g. to fetch its learners' results). load() reads
// them once; the list is small (one row per course), so no paging.
class CachedCourseModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        ExternalId,
        Learners,
        Template, // the course's template, so that courses with the same name can be told apart
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // the typed value (QString, int)
        UidRole, // the course's UID, on every column
    };

    explicit CachedCourseModel(QObject *parent = nullptr);

    // Reads the courses of a cache file; false with a translated *error when it cannot be read.
    bool load(const QString &cacheFile, QString *error = nullptr);
    QString uidAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString uid;
        QString name;
        QString externalId;
        int learners = 0;
        QString templateName;
        bool sharedName = false; // another cached course has the same name
    };
    QList<Row> m_rows;
};

} // namespace Springdesk::Models
