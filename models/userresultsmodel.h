#pragma once

#include "core/domain/courseresult.h"
#include "models/modelroles.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <vector>

namespace Springdesk::Models {

// One user's results as a tree, for the user's details: course → activity (a part of the
// course) → attempt, with the columns getResults answers (contract 2.4). It holds what it is
// given (setResults, from Store::SubscriptionRepository::results) and reads nothing itself: the
// details panel reads one user's results from the cache. fetchedAt() says when they were
// fetched; an invalid time means "never fetched" (not the same as "fetched, none").
class UserResultsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name, // course name, activity name, "Attempt 2"; raw: the same (attempt: its number, int)
        Type, // activity type (and sub-type); empty for courses and attempts
        Status, // "completed, passed" / "in progress"; raw: bool completed
        Score, // course: grade; activity and attempt: score (as sent); raw: the same text
        Progress, // course: "12/25" of the subscription; attempt: as sent; raw: text
        Started, // course: start date of the subscription; attempt: start; raw: QDateTime or QDate
        Completed, // when completed; raw: QDateTime or QDate (invalid when not)
        ColumnCount,
    };
    Q_ENUM(Column)

    // Besides RawValueRole (see Column) and KeyRole ("course UID", "course UID/activity
    // position", "course UID/activity position/attempt number": stable across reloads):
    enum Role
    {
        LevelRole = Qt::UserRole + 3, // Level (int), on every column
        PassedRole, // bool, on every column
    };
    enum class Level
    {
        Course,
        Activity,
        Attempt,
    };
    Q_ENUM(Level)

    explicit UserResultsModel(QObject *parent = nullptr);

    // Replaces the tree. `fetchedAt` invalid: the results were never fetched (and `results` is empty).
    void setResults(const QList<Domain::CourseResult> &results, const QDateTime &fetchedAt);
    // Empties the tree (no user).
    void clear();
    const QList<Domain::CourseResult> &results() const { return m_results; }
    QDateTime fetchedAt() const { return m_fetchedAt; }
    bool isFetched() const { return m_fetchedAt.isValid(); }
    int courseCount() const { return int(m_results.size()); }
    // The index (column 0) of the row with this KeyRole value; invalid when none.
    QModelIndex indexOfKey(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Level level = Level::Course;
        int course = -1;
        int part = -1;
        int attempt = -1;
        int parent = -1; // node index; -1 at the top
        int row = 0; // among its siblings
        std::vector<int> children; // node indexes
    };
    void build();
    const std::vector<int> &childrenOf(const QModelIndex &parent) const;
    QString key(const Node &node) const;
    QVariant display(const Node &node, int column) const;
    QVariant raw(const Node &node, int column) const;
    bool passed(const Node &node) const;

    QList<Domain::CourseResult> m_results;
    QDateTime m_fetchedAt;
    std::vector<Node> m_nodes;
    std::vector<int> m_top;
};

} // namespace Springdesk::Models
