#pragma once

#include "core/store/columnfilter.h"
#include "core/store/subenvironmentrepository.h"
#include "models/cachereader.h"
#include "models/modelroles.h"

#include <QAbstractTableModel>

namespace Springdesk::Models {

// The subenvironments the cache knows (registry and references: SubenvironmentRepository) with
// how much is linked to each, for the subenvironments pane. Filter and sort run in SQL; reads
// on a worker thread (CacheReader). What is linked to one: SubenvironmentLinkModel.
// Filter text: free text matches the ID; keys `state:unchecked|exists|missing|deleted`,
// `tracked:yes|no`.
class SubenvironmentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ExternalId,
        State, // registry state (translated); raw: unknown / exists / missing / deleted / "" (untracked)
        Users, // counts (int) of what Springdesk linked through the API
        Groups,
        Templates,
        Events,
        SkillProfiles, // from getResellerSkillProfiles; "not fetched" until it answered
        Courses, // cached courses whose reseller it is
        LastChecked, // QDateTime, invalid when never
        ColumnCount,
    };
    Q_ENUM(Column)

    explicit SubenvironmentTableModel(QObject *parent = nullptr);

    void setCacheFile(const QString &filePath);
    QString cacheFile() const { return m_path; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    QStringList filterProblems() const { return m_filter.problems; }
    const Store::ColumnFilter &filter() const { return m_columnFilter; }
    void reload();
    bool isLoading() const { return m_reader.isBusy(); }

    // The row of a subenvironment ID, -1 when not shown: restore a selection by key.
    int rowOf(const QString &id) const;
    const Store::SubenvironmentRow *subenvironmentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override; // every column sorts

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
    Store::SubenvironmentRepository::Sort m_sort = Store::SubenvironmentRepository::Sort::Id;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    CacheReader m_reader;
    QList<Store::SubenvironmentRow> m_rows;
};

} // namespace Springdesk::Models
