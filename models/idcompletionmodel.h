#pragma once

#include "core/api/endpoints.h"

#include <QAbstractListModel>
#include <QList>

namespace Springdesk::Models {

// The IDs a form field may complete from the local cache: users (external ID or UID), groups
// and courses, each shown with its name. A small query model for a QCompleter: setText() asks
// the cache again (users through the search index, at most Limit rows), so it stays small for
// 100,000 users. The cache is read through core/store's repositories; a missing cache gives no rows.
class IdCompletionModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        None,
        UserId,
        UserUid,
        Group,
        CourseId,
        CourseUid,
    };
    // The completion of a parameter (P::userID → UserId, P::group → Group, …); None for others.
    static Kind kindOf(Api::P param);

    enum Role
    {
        IdRole = Qt::UserRole + 1, // the ID itself (the completion text)
    };
    static constexpr int Limit = 50;

    IdCompletionModel(Kind kind, const QString &cacheFile, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // Reads the IDs matching `text` (a part of an ID, name, login or e-mail) from the cache.
    void setText(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QString name;
    };
    QList<Row> read(const QString &text) const;

    Kind m_kind;
    QString m_cacheFile;
    QList<Row> m_rows;
};

} // namespace Springdesk::Models
