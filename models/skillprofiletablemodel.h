#pragma once

#include "core/store/columnfilter.h"
#include "core/store/skillprofilelistrepository.h"
#include "models/cachereader.h"
#include "models/modelroles.h"

#include <QAbstractTableModel>

namespace Springdesk::Models {

// The cached skill profiles with their member counts and linked subenvironments, for the skill
// profiles pane. Filter and sort run in SQL (SkillProfileListRepository); reads on a worker
// thread (CacheReader). A profile's users: a UserTableModel with UserQuery::skillProfileUid
// (paged, filtered and sorted in SQL like the Users pane).
// Filter text: free text matches name, ID or description; keys `subenvironment:ID`,
// `members:yes|no`.
class SkillProfileTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        ExternalId, // empty when the profile has none ("no ID" in DisplayRole)
        Description,
        Members, // cached users (int)
        Subenvironments, // raw: QStringList of subenvironment IDs; display: joined
        FetchedAt, // QDateTime
        ColumnCount,
    };
    Q_ENUM(Column)

    // KeyRole (modelroles.h) is the profile's UID: profiles need not have an external ID.

    explicit SkillProfileTableModel(QObject *parent = nullptr);

    void setCacheFile(const QString &filePath);
    QString cacheFile() const { return m_path; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    QStringList filterProblems() const { return m_filter.problems; }
    const Store::ColumnFilter &filter() const { return m_columnFilter; }
    void reload();
    bool isLoading() const { return m_reader.isBusy(); }

    int rowOf(const QString &uid) const; // -1 when not shown
    const Store::SkillProfileListRow *profileAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorts in SQL; Description and Subenvironments cannot be sorted and keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

Q_SIGNALS:
    void loaded();
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void filterProblemsChanged(const QStringList &problems);

private:
    QString m_path;
    QString m_filterText;
    Store::ColumnFilter m_columnFilter;
    Store::ParsedFilter m_filter;
    Store::SkillProfileListRepository::Sort m_sort = Store::SkillProfileListRepository::Sort::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    CacheReader m_reader;
    QList<Store::SkillProfileListRow> m_rows;
};

} // namespace Springdesk::Models
