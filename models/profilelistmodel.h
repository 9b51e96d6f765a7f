#pragma once

#include "core/settings/connectionprofile.h"

#include <QAbstractListModel>

namespace Springdesk::Settings {
class ProfileStore;
}

namespace Springdesk::Models {

// The connection profiles of a ProfileStore, in its order; the active one is bold.
// DisplayRole is the name, DecorationRole the tag's coloured badge.
class ProfileListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TagRole, // Settings::ProfileTag as int
        TagNameRole, // translated tag name
        TagColorRole, // QColor
        BaseUrlRole, // QUrl
        ActiveRole, // bool
        SessionOnlyRole, // bool
    };

    explicit ProfileListModel(Settings::ProfileStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &id) const;
    QString idAt(int row) const;

private:
    void onAdded(const QString &id);
    void onUpdated(const QString &id);
    void onRemoved(const QString &id);
    void onActiveChanged(const QString &id);

    Settings::ProfileStore *m_store;
    QList<Settings::ConnectionProfile> m_profiles; // mirror of the store
    QString m_activeId;
};

} // namespace Springdesk::Models
